package dev.sledcheck.reports;

import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Stats;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Step;
import dev.sledcheck.model.run.Verdict;
import java.util.List;

/**
 * Small hand-made reports for renderer tests (the real checker's output is tested in the checker
 * module, which can run it). The race in miniature: the watcher snapshots gen 6, the agent removes
 * the VMM and answers 404, the watcher's Failed 7 lands; an unrelated user step sits in between.
 */
public final class Fixtures {
    private Fixtures() {}

    public static Step step(int n, String actor, String from, String token, String text, int enabledBy, String nexusV1,
            String... breaks) {
        return new Step(n, actor, from, token, text, List.of(breaks), enabledBy,
                List.of(new Facet("nexus v1", nexusV1), new Facet("agent v1", "whatever"), new Facet("in flight", "-")));
    }

    /** Five steps; step 5 breaks S1v; step 2 (the user's) is not in its slice. */
    public static Run race() {
        return new Run(List.of(
                step(1, "watcher", "watcher", "watcher:pass(1)", "pass 1: list VMMs: v1 Stopping gen 6 (snapshot s=6)", 0,
                        "Stopping gen 6"),
                step(2, "user", "user", "user:look(i0)", "the user looks at i0", 0, "Stopping gen 6"),
                step(3, "agent", "agent", "agent:poke(v1)", "poke v1: apply Destroyed gen 7; v1 removed from the table", 0,
                        "Stopping gen 6"),
                step(4, "agent", "watcher", "agent:get(v1)", "GET /vmms/v1/state -> 404 NO_SUCH_INSTANCE", 1,
                        "Stopping gen 6"),
                step(5, "watcher", "agent", "watcher:get-reply(v1,404)",
                        "GET v1 -> 404; write v1 Failed gen 7 -> landed (was Stopping gen 6)", 4, "Failed gen 7", "S1v")));
    }

    public static CheckResult result(Run run) {
        Stats stats = new Stats("bfs", "exact", 42, 99, 5, true, "", 1.25);
        return new CheckResult("seed-7282 tiny", "instances=1", stats, List.of(
                new Verdict("S1v", "no VMM row is ever Failed", Status.VIOLATED, run),
                new Verdict("S2", "gens only rise", Status.SAFE, null)));
    }

    public static Report check(Run run) {
        CheckResult r = result(run);
        return new Report("check", "check seed-7282 tiny", List.of(new Setting("search", "bfs")), List.of(),
                List.of("S1v", "S2"), List.of(Section.unpredicted("tiny", "sledcheck replay --variant tiny", r)), null,
                r.stats().seconds());
    }
}
