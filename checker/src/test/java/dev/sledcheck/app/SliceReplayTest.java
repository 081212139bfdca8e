package dev.sledcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.checker.Replay;
import dev.sledcheck.checker.ReplayResult;
import dev.sledcheck.checker.ScheduleException;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.OmicronModel;
import dev.sledcheck.model.omicron.Options;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Step;
import dev.sledcheck.model.run.Verdict;
import dev.sledcheck.reports.html.Slice;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A diagram's slice ({@link Slice}: the steps that led to the break, through messages and the
 * facets each step read, as {@code OmicronExplainer} names them) is what it claims, on every
 * counterexample of the matrix and of two-instance runs: replayed alone on the full model, the
 * kept steps do exactly what they did (so the hidden ones did not influence them) and the
 * violation still happens. And each kept step matters (without it the rest replays otherwise) on
 * the runs below; not on every run: reads name more than a step needs where the model cannot be
 * finer (a restart's fresh VMM id depends on every row, so a soft-delete the restart did not need
 * is kept in the seed's L1 runs).
 */
class SliceReplayTest {

    private static final Options SCALE = Options.defaults(Scenario.SCALE);

    static Stream<Configuration> configurations() {
        List<Configuration> out = new ArrayList<>(Predictions.load().configurations(Scenario.SEED_7282));
        out.add(new Configuration(Scenario.SCALE, SCALE.withInstances(2), Variant.SIM_BUG));
        out.add(new Configuration(Scenario.SCALE, SCALE.withInstances(2), Variant.REAL_PRE));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void theKeptStepsReplayAloneAndStillBreakTheProperty(Configuration c) {
        ActorSystem<Db, Msg> model = OmicronModel.build(c);
        for (Verdict v : violations(c)) {
            int target = breaking(v);
            boolean[] keep = Slice.of(v.run(), target);
            ReplayResult<?> alone = Replay.replay(model, schedule(v.run(), keep));
            List<Step> kept = kept(v.run(), keep);
            assertEquals(kept.size(), alone.run().length());
            for (int i = 0; i < kept.size(); i++) {
                assertEquals(kept.get(i).text(), alone.run().steps().get(i).text(),
                        c + " " + v.property() + ": kept step " + kept.get(i).number() + " does the same alone");
            }
            if (!atRest(model, v.property())) {
                assertTrue(alone.run().steps().get(kept.size() - 1).breaks().contains(v.property()),
                        c + " " + v.property() + ": the slice alone still breaks it");
            }
        }
    }

    @Test
    void onTwoInstancesTheSliceHidesTheOtherInstancesWorkAndEveryKeptStepMatters() {
        Configuration c = new Configuration(Scenario.SCALE, SCALE.withInstances(2), Variant.SIM_BUG);
        Verdict l1 = OmicronCheck.run(c, SearchOptions.defaults().withOnly(java.util.Set.of("L1"))).verdict("L1");
        boolean[] keep = Slice.of(l1.run(), breaking(l1));
        List<String> hidden = l1.run().steps().stream().filter(s -> !keep[s.number()]).map(Step::text).toList();
        assertTrue(hidden.size() >= 5, "hides steps: " + hidden);
        assertTrue(hidden.stream().anyMatch(t -> t.startsWith("instance update: read i0")),
                "i0's update saga did not lead to i1's Failed at rest: " + hidden);
        assertTrue(hidden.stream().anyMatch(t -> t.contains("v2 Destroyed gen 7 -> dropped")), hidden.toString());
        assertEachKeptStepMatters(OmicronModel.build(c), l1);
    }

    @Test
    void theSeedsShortestRunHasNoStepToSpare() {
        Configuration c = Configuration.of(Scenario.SEED_7282, Variant.SIM_BUG);
        Verdict s1v = OmicronCheck.run(c, SearchOptions.defaults().withOnly(java.util.Set.of("S1v"))).verdict("S1v");
        assertEquals(s1v.run().length(), Slice.count(Slice.of(s1v.run(), breaking(s1v))), "every step led to the break");
        assertEachKeptStepMatters(OmicronModel.build(c), s1v);
    }

    @Test
    void theDroppedDestroyedDidNotLeadToTheRestart() {
        Configuration c = Configuration.of(Scenario.SEED_7282, Variant.SIM_BUG);
        Verdict l1 = OmicronCheck.run(c, SearchOptions.defaults().withOnly(java.util.Set.of("L1"))).verdict("L1");
        boolean[] keep = Slice.of(l1.run(), breaking(l1));
        assertTrue(l1.run().steps().stream().anyMatch(s -> !keep[s.number()] && s.text().contains("Destroyed gen 7 -> dropped")));
        assertTrue(l1.run().steps().stream().anyMatch(s -> keep[s.number()] && s.text().contains("write v1 Failed gen 7")));
    }

    /** Dropping any one kept step before the break makes the rest replay otherwise (or not at all). */
    private static void assertEachKeptStepMatters(ActorSystem<Db, Msg> model, Verdict v) {
        boolean[] keep = Slice.of(v.run(), breaking(v));
        for (int n = 1; n < breaking(v); n++) {
            if (keep[n]) {
                boolean[] without = keep.clone();
                without[n] = false;
                assertTrue(differs(model, v.run(), without), v.property() + ": without kept step " + n
                        + " the rest replays otherwise: " + v.run().steps().get(n - 1).text());
            }
        }
    }

    /** Whether the steps {@code keep} names no longer replay as they did in {@code run}. */
    private static boolean differs(ActorSystem<Db, Msg> model, Run run, boolean[] keep) {
        ReplayResult<?> r;
        try {
            r = Replay.replay(model, schedule(run, keep));
        } catch (ScheduleException e) {
            return true;
        }
        List<Step> kept = kept(run, keep);
        for (int i = 0; i < kept.size(); i++) {
            if (!kept.get(i).text().equals(r.run().steps().get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static List<Verdict> violations(Configuration c) {
        CheckResult r = OmicronCheck.run(c, SearchOptions.defaults(), List.of("all"));
        return r.verdicts().stream().filter(v -> v.status() == Status.VIOLATED && v.run().length() > 0).toList();
    }

    private static int breaking(Verdict v) {
        int at = 0;
        for (Step s : v.run().steps()) {
            at = s.breaks().contains(v.property()) ? s.number() : at;
        }
        return at;
    }

    private static List<Step> kept(Run run, boolean[] keep) {
        return run.steps().stream().filter(s -> keep[s.number()]).toList();
    }

    private static String schedule(Run run, boolean[] keep) {
        List<String> tokens = new ArrayList<>();
        if (run.initial() != 0) {
            tokens.add(Run.INIT + run.initial());
        }
        kept(run, keep).forEach(s -> tokens.add(s.token()));
        return String.join(Run.SEPARATOR, tokens);
    }

    /** A property judged once nothing can happen: its break is the run's end, not one step's doing. */
    private static boolean atRest(ActorSystem<Db, Msg> model, String property) {
        return model.properties().stream().anyMatch(p -> p.name().equals(property) && p instanceof Property.AtEnd);
    }
}
