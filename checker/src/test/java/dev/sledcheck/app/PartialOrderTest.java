package dev.sledcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.checker.Replay;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.checker.Strategy;
import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.PartialOrder;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.OmicronModel;
import dev.sledcheck.model.omicron.Options;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Partial-order reduction ({@code por}) keeps every verdict of the matrix, alone and with the
 * other reductions, on both searches; its runs replay on the full model; and in every state it
 * reduces, the subset it keeps really commutes with every other enabled step and is invisible to
 * every property (the part of the persistent-set conditions a test can see: steps not yet enabled
 * are covered by the argument in {@code QuietAgentSteps}).
 */
class PartialOrderTest {

    private static final Options SCALE = Options.defaults(Scenario.SCALE);

    static Stream<Configuration> configurations() {
        List<Configuration> out = new ArrayList<>(Predictions.load().configurations(Scenario.SEED_7282));
        out.add(new Configuration(Scenario.SCALE, SCALE.withInstances(2), Variant.SIM_FIX));
        out.add(new Configuration(Scenario.SCALE, SCALE.withInstances(2), Variant.SIM_BUG));
        out.add(new Configuration(Scenario.SCALE, SCALE.withInstances(1).withPasses(2), Variant.REAL_FIX));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void noVerdictChanges(Configuration c) {
        SearchOptions d = SearchOptions.defaults();
        CheckResult none = OmicronCheck.run(c, d);
        CheckResult por = OmicronCheck.run(c, d, List.of("por"));
        CheckResult all = OmicronCheck.run(c, d, List.of("all"));
        CheckResult dfs = OmicronCheck.run(c, d.withStrategy(Strategy.DFS), List.of("por"));
        ActorSystem<Msg, Db> full = OmicronModel.build(c);
        for (Verdict v : none.verdicts()) {
            for (CheckResult r : List.of(por, all, dfs)) {
                Verdict got = r.verdict(v.property());
                assertEquals(v.status(), got.status(), v.property() + " under " + r.stats().dedup());
                if (got.status() == Status.VIOLATED) {
                    assertTrue(Replay.replay(full, got.run().schedule()).broken().contains(v.property()),
                            v.property() + ": the reduced run breaks it on the full model too");
                    assertTrue(got.run().length() >= v.run().length(), "no run is shorter than the shortest");
                }
            }
        }
        if (none.stats().complete()) {
            assertTrue(por.stats().states() <= none.stats().states(), "por visits a subset of the states");
        }
    }

    @Test
    void theStateCountDropsWhereTheWatcherIsDone() {
        Configuration c = new Configuration(Scenario.SCALE, SCALE.withInstances(2), Variant.SIM_FIX);
        CheckResult none = OmicronCheck.run(c, SearchOptions.defaults());
        CheckResult por = OmicronCheck.run(c, SearchOptions.defaults(), List.of("por"));
        CheckResult rest = OmicronCheck.run(c, SearchOptions.defaults(), List.of("gen", "symmetry"));
        CheckResult all = OmicronCheck.run(c, SearchOptions.defaults(), List.of("all"));
        assertTrue(none.stats().complete() && por.stats().complete() && all.stats().complete());
        assertTrue(por.stats().states() < none.stats().states(), por.stats().states() + " vs " + none.stats().states());
        assertTrue(por.stats().transitions() < none.stats().transitions());
        assertTrue(all.stats().states() < rest.stats().states(), all.stats().states() + " vs " + rest.stats().states());
        assertTrue(all.stats().dedup().endsWith("+por"), all.stats().dedup());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void everyReducedStateCommutesAndIsInvisible(Configuration c) {
        ActorSystem<Msg, Db> m = OmicronModel.build(c);
        PartialOrder<SystemState<Msg, Db>, Envelope<Msg>> por = m.partialOrder();
        Set<SystemState<Msg, Db>> seen = new HashSet<>(m.initialStates());
        ArrayDeque<SystemState<Msg, Db>> queue = new ArrayDeque<>(seen);
        long reduced = 0;
        while (!queue.isEmpty()) {
            SystemState<Msg, Db> s = queue.poll();
            List<Envelope<Msg>> enabled = new ArrayList<>();
            m.actions(s, enabled);
            int[] take = por.ample(s, enabled);
            if (take != null) {
                reduced++;
                checkAmple(m, s, enabled, take);
            }
            for (Envelope<Msg> e : enabled) {
                SystemState<Msg, Db> n = m.next(s, e);
                if (seen.add(n)) {
                    queue.add(n);
                }
            }
        }
        if (c.scenario() == Scenario.SCALE) {
            assertTrue(reduced > 0, "no state reduced: the test would check nothing");
        }
    }

    private static void checkAmple(ActorSystem<Msg, Db> m, SystemState<Msg, Db> s, List<Envelope<Msg>> enabled,
            int[] take) {
        assertTrue(take.length > 0 && take.length < enabled.size(), "a proper, non-empty subset");
        Set<Integer> kept = new HashSet<>();
        for (int j : take) {
            kept.add(j);
        }
        for (int j : take) {
            Envelope<Msg> a = enabled.get(j);
            SystemState<Msg, Db> sa = m.next(s, a);
            for (Property<SystemState<Msg, Db>, Envelope<Msg>> p : m.properties()) {
                String what = p.name() + " at " + m.token(s, a);
                if (p instanceof Property.Always<SystemState<Msg, Db>, Envelope<Msg>> al) {
                    assertEquals(al.holds().test(s), al.holds().test(sa), what);
                } else if (p instanceof Property.Sometimes<SystemState<Msg, Db>, Envelope<Msg>> so) {
                    assertEquals(so.reached().test(s), so.reached().test(sa), what);
                } else if (p instanceof Property.OnStep<SystemState<Msg, Db>, Envelope<Msg>> on) {
                    assertTrue(on.holds().test(s, a, sa), what);
                }
                // AtEnd needs nothing: a persistent set keeps every state with no enabled step.
            }
            for (int i = 0; i < enabled.size(); i++) {
                if (kept.contains(i)) {
                    continue;
                }
                Envelope<Msg> b = enabled.get(i);
                SystemState<Msg, Db> sb = m.next(s, b);
                String pair = m.token(s, a) + " with " + m.token(s, b);
                assertTrue(enabledIn(m, sa, b) && enabledIn(m, sb, a), pair + ": neither disables the other");
                SystemState<Msg, Db> ab = m.next(sa, b);
                assertEquals(m.next(sb, a), ab, pair + ": both orders reach one state");
                for (Property<SystemState<Msg, Db>, Envelope<Msg>> p : m.properties()) {
                    if (p instanceof Property.OnStep<SystemState<Msg, Db>, Envelope<Msg>> on) {
                        assertEquals(on.holds().test(s, b, sb), on.holds().test(sa, b, ab),
                                p.name() + ": " + pair + ": judged alike after the reduced step");
                    }
                }
            }
        }
    }

    private static boolean enabledIn(ActorSystem<Msg, Db> m, SystemState<Msg, Db> s, Envelope<Msg> e) {
        List<Envelope<Msg>> enabled = new ArrayList<>();
        m.actions(s, enabled);
        return enabled.contains(e);
    }
}
