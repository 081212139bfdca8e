package dev.sledcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.checker.Replay;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.checker.Strategy;
import dev.sledcheck.gate.Slow;
import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.OmicronModel;
import dev.sledcheck.model.omicron.Options;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.omicron.fault.FaultKind;
import dev.sledcheck.model.omicron.fault.FaultPlan;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Partial-order reduction ({@code por}) keeps every verdict of the matrix and of {@code scale} at 1
 * to 3 instances, with and without faults, alone and with the other reductions, on both searches; its runs replay on the
 * full model; and every subset it proposes meets the conditions of {@code PartialOrder} along the
 * paths that avoid it ({@link Persistence}): in every state of the small full graphs one step deep,
 * and in every state the reduced search visits three steps deep. Each check leaves the
 * configurations it takes longest on to {@code -Pslow} ({@link Slow}), keeping in every build a
 * smaller one with the same features.
 */
class PartialOrderTest {

    private static final Options SCALE = Options.defaults(Scenario.SCALE);

    /** The matrix and small {@code scale} configurations: checked against the full graph. */
    /**
     * Without a gen check a stale write can make a settled row live again, after which an agent's
     * 404 is too early: the agent's steps on a VMM must then wait for such writes.
     */
    private static final Configuration NO_GEN_CHECK_STOP = new Configuration(Scenario.SEED_7282,
            Options.defaults(Scenario.SEED_7282).withUserStop(true).withPasses(1), Variant.NO_GEN_CHECK);

    static Stream<Configuration> small() {
        List<Configuration> out = new ArrayList<>(Predictions.load().configurations(Scenario.SEED_7282));
        out.add(NO_GEN_CHECK_STOP);
        out.add(scale(Variant.SIM_FIX, SCALE.withInstances(1)));
        out.add(scale(Variant.SIM_FIX, SCALE.withInstances(2).withPasses(0).withUserStop(true)));
        out.add(scale(Variant.HEAD, SCALE.withInstances(2).withPasses(0).withUserStop(true).withRestart(true)));
        out.addAll(faulted());
        return out.stream();
    }

    /**
     * Configurations with faults (and the instance updater): por proposes nothing while a fault
     * could strike or its notice is in flight, and reduces again once the budget is spent.
     */
    static List<Configuration> faulted() {
        Options seed = Options.defaults(Scenario.SEED_7282);
        return List.of(
                new Configuration(Scenario.SEED_7282, seed.withFaults(plan(FaultKind.DUP)), Variant.SIM_FIX),
                new Configuration(Scenario.SEED_7282, seed.withFaults(plan(FaultKind.RESTART)), Variant.REAL_FIX),
                new Configuration(Scenario.SEED_7282, seed.withFaults(plan(FaultKind.LOST_SAGA)).withUpdater(true),
                        Variant.HEAD),
                new Configuration(Scenario.SEED_7282, seed.withUserStop(true).withPasses(0)
                        .withFaults(plan(FaultKind.TIMEOUT)), Variant.SIM_FIX_STOP_GUARD),
                scale(Variant.SIM_FIX, SCALE.withInstances(2).withPasses(0).withUserStop(true)
                        .withFaults(plan(FaultKind.LOSS))));
    }

    private static FaultPlan plan(FaultKind k) {
        return new FaultPlan(java.util.Set.of(k), 1);
    }

    /** Two instances racing the watcher: checked against the full graph (a few hundred thousand states). */
    static Stream<Configuration> two() {
        return Stream.of(scale(Variant.SIM_FIX, SCALE.withInstances(2)), scale(Variant.SIM_BUG, SCALE.withInstances(2)),
                scale(Variant.REAL_PRE, SCALE.withInstances(2)),
                scale(Variant.REAL_FIX, SCALE.withInstances(2).withPasses(2)));
    }

    /** Larger ones: checked against gen and symmetry (their full graphs have millions of states). */
    static Stream<Configuration> large() {
        return Stream.of(scale(Variant.SIM_FIX, SCALE.withInstances(3)),
                scale(Variant.SIM_FIX, SCALE.withInstances(2).withUserStop(true)),
                scale(Variant.WATCHER_REREAD, SCALE.withInstances(2).withRestart(true)));
    }

    static Stream<Configuration> all() {
        return Stream.of(small(), two(), large()).flatMap(s -> s);
    }

    // What each check leaves to -Pslow: its cases that took 10-65 s each on a loaded 2-core machine
    // (load 7), between them most of this class's 400 s there. What the gate keeps instead:

    /** Against the full graph, sim-bug at two instances stands for the two-instance races (it breaks, so its runs replay). */
    static final Set<Configuration> LONG_AGAINST_FULL = Set.of(scale(Variant.SIM_FIX, SCALE.withInstances(2)),
            scale(Variant.REAL_PRE, SCALE.withInstances(2)), scale(Variant.REAL_FIX, SCALE.withInstances(2).withPasses(2)));

    /** Against gen and symmetry, watcher-reread with restarts stands for the larger ones (it breaks too). */
    static final Set<Configuration> LONG_AGAINST_REST = Set.of(scale(Variant.SIM_FIX, SCALE.withInstances(3)),
            scale(Variant.SIM_FIX, SCALE.withInstances(2).withUserStop(true)));

    /** One step deep, the user's stop stays in sim-fix-stop-guard, head, head-sim and the small scale ones. */
    static final Set<Configuration> LONG_ONE_STEP = Set.of(seed("sim-fix --user-stop"), seed("real-fix --user-stop"),
            NO_GEN_CHECK_STOP);

    /** Three steps deep where the search goes, the two-instance races stay, sim-fix's user stop and no-gen-check's. */
    static final Set<Configuration> LONG_THREE_STEPS = Stream.concat(Stream.of(seed("real-fix --user-stop")), large())
            .collect(Collectors.toUnmodifiableSet());

    private static Configuration scale(Variant v, Options o) {
        return new Configuration(Scenario.SCALE, o, v);
    }

    private static Configuration seed(String text) {
        return ConfigSyntax.parse(Scenario.SEED_7282, text);
    }

    /** Skips {@code c} in this check unless the run includes the long ones. */
    private static void unlessLong(Set<Configuration> longOnes, Configuration c) {
        if (longOnes.contains(c)) {
            Slow.onlyWithProfile(c.describe());
        }
    }

    @Test
    void everyLongCaseIsACaseOfItsCheck() {
        // A long case that no check runs would leave nothing out, silently: each must be one of its check's.
        assertTrue(Stream.concat(small(), two()).collect(Collectors.toSet()).containsAll(LONG_AGAINST_FULL));
        assertTrue(large().collect(Collectors.toSet()).containsAll(LONG_AGAINST_REST));
        assertTrue(small().collect(Collectors.toSet()).containsAll(LONG_ONE_STEP));
        assertTrue(all().collect(Collectors.toSet()).containsAll(LONG_THREE_STEPS));
        assertTrue(LONG_AGAINST_REST.size() < large().count(), "the gate keeps one larger configuration");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"small", "two"})
    void noVerdictChanges(Configuration c) {
        unlessLong(LONG_AGAINST_FULL, c);
        sameVerdicts(c, PredictionsTest.result(c), true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("large")
    void noVerdictChangesOnLargerOnes(Configuration c) {
        unlessLong(LONG_AGAINST_REST, c);
        sameVerdicts(c, OmicronCheck.run(c, SearchOptions.defaults(), List.of("gen", "symmetry")), false);
    }

    private static void sameVerdicts(Configuration c, CheckResult reference, boolean shortest) {
        SearchOptions d = SearchOptions.defaults();
        CheckResult por = OmicronCheck.run(c, d, List.of("por"));
        CheckResult all = OmicronCheck.run(c, d, List.of("all"));
        CheckResult dfs = OmicronCheck.run(c, d.withStrategy(Strategy.DFS), List.of("all"));
        ActorSystem<Msg, Db> full = OmicronModel.build(c);
        for (Verdict v : reference.verdicts()) {
            for (CheckResult r : List.of(por, all, dfs)) {
                Verdict got = r.verdict(v.property());
                String what = v.property() + " under " + r.stats().search() + ", " + r.stats().dedup();
                assertEquals(v.status(), got.status(), what);
                if (got.run() != null) {
                    var replayed = Replay.replay(full, got.run().schedule());
                    assertTrue(got.status() == Status.VIOLATED ? replayed.broken().contains(v.property())
                            : reached(full, v.property(), replayed.finalState()), what + ": its run holds on the full model");
                    assertTrue(!shortest || got.run().length() >= v.run().length(), "no run is shorter than the shortest");
                }
            }
        }
        if (reference.stats().complete()) {
            assertTrue(all.stats().states() <= reference.stats().states(), "por on top visits no more states");
        }
    }

    private static boolean reached(ActorSystem<Msg, Db> m, String property, SystemState<Msg, Db> end) {
        for (Property<SystemState<Msg, Db>, Envelope<Msg>> p : m.properties()) {
            if (p.name().equals(property) && p instanceof Property.Sometimes<SystemState<Msg, Db>, Envelope<Msg>> so) {
                return so.reached().test(end);
            }
        }
        return false;
    }

    @Test
    void instancesCollapse() {
        // sim-bug: its full graph, complete (SAFE properties keep the search going), is the one
        // noVerdictChanges explores in every build, so this costs no search of its own.
        Configuration two = scale(Variant.SIM_BUG, SCALE.withInstances(2));
        CheckResult none = PredictionsTest.result(two);
        CheckResult por = OmicronCheck.run(two, SearchOptions.defaults(), List.of("por"));
        CheckResult rest = OmicronCheck.run(two, SearchOptions.defaults(), List.of("gen", "symmetry"));
        CheckResult all = OmicronCheck.run(two, SearchOptions.defaults(), List.of("all"));
        assertTrue(por.stats().states() * 5 < none.stats().states(), por.stats().states() + " vs " + none.stats().states());
        assertTrue(por.stats().transitions() * 5 < none.stats().transitions());
        assertTrue(all.stats().states() * 5 < rest.stats().states(), all.stats().states() + " vs " + rest.stats().states());
        assertTrue(all.stats().dedup().endsWith("+por"), all.stats().dedup());
        // Each instance more multiplies the count by less than the one before: no exponential.
        long[] states = new long[5];
        for (int n = 2; n <= 4; n++) {
            states[n] = OmicronCheck.run(scale(Variant.SIM_FIX, SCALE.withInstances(n)), SearchOptions.defaults(),
                    List.of("all")).stats().states();
        }
        assertTrue(states[4] * states[2] < states[3] * states[3], states[2] + ", " + states[3] + ", " + states[4]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("small")
    void everySubsetHoldsOneStepDeepInTheFullGraph(Configuration c) {
        unlessLong(LONG_ONE_STEP, c);
        ActorSystem<Msg, Db> m = OmicronModel.build(c);
        Set<SystemState<Msg, Db>> seen = new HashSet<>(m.initialStates());
        ArrayDeque<SystemState<Msg, Db>> queue = new ArrayDeque<>(seen);
        long proposed = 0;
        while (!queue.isEmpty()) {
            SystemState<Msg, Db> s = queue.poll();
            List<Envelope<Msg>> enabled = new ArrayList<>();
            m.actions(s, enabled);
            for (int[] take : enabled.size() < 2 ? List.<int[]>of() : m.partialOrder().ample(s, enabled)) {
                proposed++;
                Persistence.check(m, s, enabled, take, 0);
            }
            for (Envelope<Msg> e : enabled) {
                SystemState<Msg, Db> n = m.next(s, e);
                if (seen.add(n)) {
                    queue.add(n);
                }
            }
        }
        assertTrue(proposed > 0, "no subset proposed: the test would check nothing");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void everySubsetHoldsThreeStepsDeepWhereTheSearchGoes(Configuration c) {
        unlessLong(LONG_THREE_STEPS, c);
        ActorSystem<Msg, Db> m = OmicronModel.build(c);
        long[] proposed = new long[1];
        ReducedWalk.walk(m, (s, enabled, subsets) -> {
            for (int[] take : subsets) {
                proposed[0]++;
                Persistence.check(m, s, enabled, take, 2);
            }
        });
        assertTrue(proposed[0] > 0, "no subset proposed: the test would check nothing");
    }
}
