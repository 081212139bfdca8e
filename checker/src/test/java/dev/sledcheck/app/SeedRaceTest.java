package dev.sledcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.checker.Replay;
import dev.sledcheck.checker.ReplayResult;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.OmicronModel;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Step;
import dev.sledcheck.model.run.Verdict;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seed's race as the checker finds it: the ingredients protocol.md names, in order. */
class SeedRaceTest {
    private static final Configuration SIM_BUG = Configuration.of(Scenario.SEED_7282, Variant.SIM_BUG);

    private static Verdict s1v() {
        return verdict("S1v");
    }

    private static Verdict verdict(String property) {
        CheckResult r = OmicronCheck.run(SIM_BUG, SearchOptions.defaults().withOnly(Set.of(property)));
        return r.verdict(property);
    }

    private static int indexOf(Run run, String actor, String text) {
        List<Step> steps = run.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).actor().equals(actor) && steps.get(i).text().contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void shortestS1vRunIsTheSeedInterleaving() {
        Verdict v = s1v();
        assertEquals(Status.VIOLATED, v.status());
        Run run = v.run();
        int stopping6 = indexOf(run, "nexus", "write v1 Stopping gen 6 -> landed");
        int removal = indexOf(run, "agent", "apply Destroyed gen 7; v1 removed from the table");
        int snapshot = indexOf(run, "watcher", "v1 Stopping gen 6 (snapshot s=6)");
        int notFound = indexOf(run, "agent", "GET /vmms/v1/state -> 404 NO_SUCH_INSTANCE");
        int failed = indexOf(run, "watcher", "write v1 Failed gen 7 -> landed (was Stopping gen 6)");
        assertTrue(stopping6 >= 0 && stopping6 < snapshot, "snapshot taken after Stopping 6 committed");
        assertTrue(removal >= 0 && removal < notFound, "404 only after the removal");
        assertTrue(snapshot >= 0 && snapshot < notFound, "GET after the listing");
        assertEquals(run.length() - 1, failed, "the run ends with Failed 7 landing");
        assertEquals(List.of("S1v"), run.steps().get(failed).breaks());
        assertEquals(-1, indexOf(run, "nexus", "Destroyed gen 7"), "Destroyed 7 not yet written");
        // Causality: the 404 answers the listing's GET; the Failed write handles that 404.
        assertEquals(snapshot + 1, run.steps().get(notFound).enabledBy());
        assertEquals("watcher", run.steps().get(notFound).from());
        assertEquals(notFound + 1, run.steps().get(failed).enabledBy());
        assertTrue(run.steps().get(failed).after().contains(
                new dev.sledcheck.model.core.Facet("nexus v1", "Failed gen 7")));
    }

    @Test
    void shortestS1iRunIsTheSagaCommittingTheFailedItRead() {
        Run run = verdict("S1i").run();
        int failed = indexOf(run, "watcher", "write v1 Failed gen 7 -> landed (was Stopping gen 6)");
        int read = indexOf(run, "saga", "active VMM v1 Failed gen 7");
        int commit = indexOf(run, "saga", "committed update new runtime state! i0 gen 4 Failed");
        assertTrue(failed >= 0 && failed < read && read < commit, "the saga read Failed 7, then committed it");
        assertEquals(run.length() - 1, commit, "the run ends with the instance committed Failed (the seed's [10833])");
        assertEquals(List.of("S1i"), run.steps().get(commit).breaks());
    }

    @Test
    void theDestroyedWriteIsThenDropped() {
        String schedule = s1v().run().schedule() + ";nexus:put(v1,Destroyed/7)";
        ReplayResult<?> r = Replay.replay(OmicronModel.build(SIM_BUG), schedule);
        Step last = r.run().steps().get(r.run().length() - 1);
        assertTrue(last.text().contains("write v1 Destroyed gen 7 -> dropped (stored Failed gen 7 is not older)"),
                last.text());
        assertTrue(last.text().endsWith("204"), "the agent still gets its 204: " + last.text());
    }

    @Test
    void aPrintedScheduleReplaysToTheSameViolation() {
        Verdict v = s1v();
        ReplayResult<?> r = Replay.replay(OmicronModel.build(SIM_BUG), v.run().schedule());
        assertEquals(v.run().schedule(), r.run().schedule());
        for (int i = 0; i < v.run().length(); i++) {
            assertEquals(v.run().steps().get(i).text(), r.run().steps().get(i).text());
        }
        // Replay reports every break (S3 at the 404 too); the search reported S1v's.
        assertTrue(r.run().steps().get(r.run().length() - 1).breaks().contains("S1v"));
        assertTrue(r.broken().contains("S1v"));
    }

    @Test
    void underTheFixTheSameScheduleCannotHappen() {
        // Under sim-fix the poke of Destroyed keeps v1 in the table, so the GET gets 200.
        Configuration fix = Configuration.of(Scenario.SEED_7282, Variant.SIM_FIX);
        ReplayResult<?> r = Replay.replay(OmicronModel.build(fix),
                s1v().run().schedule().replace("watcher:get-reply(v1,404)", "watcher:get-reply(v1,200:Destroyed/7)"));
        assertTrue(r.broken().isEmpty(), r.broken().toString());
    }
}
