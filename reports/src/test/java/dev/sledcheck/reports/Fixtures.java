package dev.sledcheck.reports;

import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.run.Cell;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Message;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Stats;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Step;
import dev.sledcheck.model.run.Verdict;
import dev.sledcheck.reports.engines.Agreement;
import dev.sledcheck.reports.engines.AgreementRow;
import dev.sledcheck.reports.engines.JcstressOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** The actors in the model's order, as a run names them. */
    public static final List<String> ACTORS = List.of("agent", "nexus", "watcher", "user");

    /** A step as the checker records it: what it read, sent and is marked by, and the facets after it. */
    public static Step step(int n, String actor, String from, String token, String text, int enabledBy,
            Map<String, String> after, List<String> reads, List<Message> sent, List<String> marks, String... breaks) {
        List<Facet> facets = new ArrayList<>();
        after.forEach((k, v) -> facets.add(new Facet(k, v)));
        return new Step(n, actor, from, token, text, List.of(breaks), enabledBy, facets, sent, reads, marks);
    }

    /** The state as facets, in a fixed order: nexus v1, agent v1, watcher, user. */
    public static Map<String, String> state(String nexusV1, String agentV1, String watcher, String user) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("nexus v1", nexusV1);
        m.put("agent v1", agentV1);
        m.put("watcher", watcher);
        m.put("user", user);
        return m;
    }

    /**
     * Five steps; step 5 breaks S1v; step 2 (the user's) is not in its slice. Step 3 sends
     * Destroyed 7 to Nexus, still in flight at the end, across the watcher's GET and its 404; it is
     * marked, as is the watcher's snapshot in step 1.
     */
    /** The fixtures' facets are omicron-like: the diagram notes Nexus's rows. */
    public static final dev.sledcheck.model.core.Ledger NEXUS_ROWS =
            new dev.sledcheck.model.core.Ledger("Nexus's rows (as they change)", "nexus ");

    public static Run race() {
        String s6 = "Stopping gen 6";
        return new Run(0, ACTORS, facets(state(s6, s6, "idle", "idle")), List.of(
                step(1, "watcher", "watcher", "watcher:pass(1)", "pass 1: list VMMs: v1 Stopping gen 6 (snapshot s=6)", 0,
                        state(s6, s6, "awaiting GET (s=6)", "idle"), List.of("watcher", "nexus v1"),
                        List.of(new Message("agent", "agent:get(v1)")), List.of("snapshot s=6: the watcher read v1")),
                step(2, "user", "user", "user:look(i0)", "the user looks at i0", 0,
                        state(s6, s6, "awaiting GET (s=6)", "looked"), List.of("user"), List.of(), List.of()),
                step(3, "agent", "agent", "agent:poke(v1)", "poke v1: apply Destroyed gen 7; v1 removed from the table", 0,
                        state(s6, "absent", "awaiting GET (s=6)", "looked"), List.of("agent v1"),
                        List.of(new Message("nexus", "nexus:put(v1,Destroyed/7)")), List.of("race window opens: v1 gone")),
                step(4, "agent", "watcher", "agent:get(v1)", "GET /vmms/v1/state -> 404 NO_SUCH_INSTANCE", 1,
                        state(s6, "absent", "awaiting GET (s=6)", "looked"), List.of("agent v1"),
                        List.of(new Message("watcher", "watcher:get-reply(v1,404)")), List.of()),
                step(5, "watcher", "agent", "watcher:get-reply(v1,404)",
                        "GET v1 -> 404; write v1 Failed gen 7 -> landed (was Stopping gen 6)", 4,
                        state("Failed gen 7", "absent", "done", "looked"), List.of("watcher", "nexus v1"), List.of(),
                        List.of(), "S1v")), NEXUS_ROWS);
    }

    public static List<Facet> facets(Map<String, String> state) {
        List<Facet> out = new ArrayList<>();
        state.forEach((k, v) -> out.add(new Facet(k, v)));
        return out;
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
                List.of("S1v", "S2"), List.of(Section.unpredicted("tiny", "sledcheck replay --variant tiny", r)
                        .explained(List.of(TINY))), null, r.stats().seconds());
    }

    /** The race with a prediction for S1v and the other engines beside it. */
    public static Report predictedWithEngines() {
        Report r = check(race());
        Section s = r.sections().get(0);
        Section predicted = new Section(s.configuration(), s.replay(), s.result(),
                List.of(new Cell("S1v", Status.VIOLATED, Status.VIOLATED, "the seed's race"), s.cells().get(1)),
                s.glossary());
        Agreement a = new Agreement("x.json", null, List.of(new AgreementRow("tiny", "race", "S1v", "VIOLATED", null,
                "VIOLATED", List.of(new JcstressOutcome("FAILED", "ACCEPTABLE_INTERESTING", 3, "spurious")), true, "")));
        return new Report(r.command(), r.title(), r.options(), List.of("none-yet"), r.properties(), List.of(predicted),
                a, r.seconds());
    }

    /** What the configuration {@code tiny} is. */
    public static final Gloss TINY = new Gloss("tiny", "the race in five steps", "commit abc123");
}
