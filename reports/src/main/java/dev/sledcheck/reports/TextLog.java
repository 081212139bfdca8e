package dev.sledcheck.reports;

import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Stats;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Step;
import dev.sledcheck.model.run.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * The text rendering: a verdict per property and, for each run, numbered steps that read like
 * the seed's log (actor, request, state and gen written, dropped or answered 404). The line that
 * breaks a property is marked with {@code <== NAME}. Only the {@code time} line varies between
 * identical runs.
 */
public final class TextLog {
    private TextLog() {}

    /** The width the header keeps to (a step's text is one line: it is grepped and diffed). */
    static final int WIDTH = 100;

    /** What the words of the method line mean, for {@code --verbose}. */
    static final List<String> TERMS = List.of(
            "bfs: breadth-first, so every run shown is a shortest one; dfs: depth-first, less memory, same verdicts.",
            "exact: visited states kept whole; fingerprints: kept as 64-bit hashes, with a bound on the chance"
                    + " that a collision hid a state; bytes/state: what the store and the paths held per state;"
                    + " packed queue: the states still to expand were held as bytes, and bytes/state counts"
                    + " them in, at the widest two levels a one-thread search holds at once.",
            "reduced by: gen, symmetry and the like count one representative per class of equivalent states;"
                    + " por (partial-order reduction) explores only a persistent subset of the enabled steps, so"
                    + " its count depends on bfs or dfs, never on threads. Runs are shortest in the reduced graph,"
                    + " and each is replayed on the full model before it is shown.");

    /** What a swarm search's method line means, for {@code --verbose} after {@link #TERMS}. */
    static final String SWARM_TERM = "swarm: many depth-first walks, each with its own seed (derived from --seed),"
            + " random action order and small visited set (a Bloom filter of fingerprints), none deeper than"
            + " --depth; the run shown is the shortest the walks found; states are each walk's own, summed."
            + " At-end and eventually properties are judged only at states with no enabled step. Finding"
            + " nothing proves nothing, so no property is ever SAFE.";

    /** Prefix of the one line that holds wall-clock time; everything else is deterministic. */
    public static final String TIME_PREFIX = "  time ";

    /** The run as numbered steps, one per line, each ending in a newline. */
    public static String run(Run run, String indent) {
        return run(run, indent, false);
    }

    /**
     * As above; with {@code states}, the initial state's facets first and, under each step, the
     * facets it changed (TLC prints whole states; a system's state is long, and what changed is
     * what a reader looks for).
     */
    public static String run(Run run, String indent, boolean states) {
        int actorWidth = 5;
        for (Step s : run.steps()) {
            actorWidth = Math.max(actorWidth, s.actor().length());
        }
        int numWidth = String.valueOf(Math.max(1, run.length())).length();
        String under = indent + " ".repeat(numWidth + 2 + actorWidth + 2);
        StringBuilder sb = new StringBuilder();
        if (states && !run.start().isEmpty()) {
            sb.append(indent).append("initial state: ").append(facets(run.start())).append('\n');
        }
        List<Facet> before = run.start();
        for (Step s : run.steps()) {
            sb.append(indent).append(pad(String.valueOf(s.number()), numWidth, true)).append("  ")
                    .append(pad(s.actor(), actorWidth, false)).append("  ").append(s.text());
            if (!s.breaks().isEmpty()) {
                sb.append("   <== ").append(String.join(", ", s.breaks())).append(" broken");
            }
            sb.append('\n');
            if (states) {
                List<Facet> was = before;
                List<Facet> changed = s.after().stream().filter(f -> !was.contains(f)).toList();
                sb.append(under).append(changed.isEmpty() ? "(no facet changed)" : "-> " + facets(changed)).append('\n');
            }
            before = s.after();
        }
        return sb.toString();
    }

    /**
     * For a lasso, the line that says which steps repeat for ever (ending in a newline); for any
     * other run, nothing.
     */
    public static String cycle(Run run, String indent) {
        if (!run.lasso()) {
            return "";
        }
        int k = run.cycleFrom();
        int n = run.length();
        String steps = k == n ? "step " + k + " for ever (it leaves the state as it found it)"
                : "steps " + k + ".." + n + " for ever (step " + n + " ends in the state step " + k + " started from)";
        return indent + "cycle starts at step " + k + "; the run repeats " + steps + "\n";
    }

    /** {@code name = value; name = value}. */
    private static String facets(List<Facet> facets) {
        return String.join("; ", facets.stream().map(f -> f.name() + " = " + f.value()).toList());
    }

    /**
     * A whole check: header (subject, bounds, search statistics, time) and a block per property.
     *
     * @param replayPrefix the command that replays a schedule of this subject (e.g. {@code
     *                     sledcheck replay --variant sim-bug}), or {@code null} to leave it out
     */
    public static String result(CheckResult r, String replayPrefix) {
        return result(r, replayPrefix, Detail.SHORT);
    }

    /** As above; {@code detail} may add what the method line means ({@link #TERMS}) and each step's state. */
    public static String result(CheckResult r, String replayPrefix, Detail detail) {
        StringBuilder sb = new StringBuilder();
        Stats st = r.stats();
        sb.append("check ").append(r.subject()).append('\n');
        sb.append(Wrap.hanging("  bounds  ", r.bounds(), WIDTH));
        sb.append(Wrap.hanging("  search  ", count(st.states(), st.swarm() ? "state" : "distinct state")
                + (st.swarm() ? " in all walks, " : ", ") + count(st.transitions(), "transition") + ", max depth "
                + st.maxDepth() + ": " + coverage(st), WIDTH));
        sb.append(Wrap.hanging("  method  ", st.search() + ", " + st.dedup(), WIDTH));
        if (detail.verbose()) {
            for (String term : TERMS) {
                sb.append(Wrap.hanging("          ", term, WIDTH));
            }
            if (st.swarm()) {
                sb.append(Wrap.hanging("          ", SWARM_TERM, WIDTH));
            }
        }
        sb.append(TIME_PREFIX).append(String.format(Locale.ROOT, "%.2f s", st.seconds())).append('\n');
        for (Verdict v : r.verdicts()) {
            sb.append('\n').append(verdict(v, r, replayPrefix, detail.states()));
        }
        return sb.toString();
    }

    /** One property's block. */
    public static String verdict(Verdict v, CheckResult r, String replayPrefix) {
        return verdict(v, r, replayPrefix, false);
    }

    /** One property's block, with each step's state when {@code states}. */
    public static String verdict(Verdict v, CheckResult r, String replayPrefix, boolean states) {
        StringBuilder sb = new StringBuilder();
        sb.append(v.property()).append("  ").append(statusLine(v, r)).append('\n');
        sb.append("    ").append(v.description()).append('\n');
        if (v.run() != null) {
            String what = v.status() == Status.VIOLATED ? "counterexample" : "example";
            // A lasso's stem is shortest, its cycle only canonical: the whole is not claimed shortest.
            String shortest = r.stats().search().startsWith("bfs") && !v.run().lasso() ? "shortest " : "";
            sb.append("    ").append(shortest).append(what).append(", ").append(v.run().length())
                    .append(v.run().length() == 1 ? " step" : " steps").append(v.run().lasso() ? ", a lasso" : "")
                    .append(":\n");
            if (v.run().length() == 0 && !v.run().start().isEmpty()) {
                sb.append("    the initial state: ").append(facets(v.run().start())).append('\n');
            }
            sb.append(run(v.run(), "    ", states));
            sb.append(cycle(v.run(), "    "));
            sb.append("    schedule: ").append(v.run().schedule()).append('\n');
            if (replayPrefix != null) {
                sb.append("    replay:   ").append(replayPrefix).append(" --schedule '")
                        .append(v.run().schedule()).append("'\n");
            }
        }
        return sb.toString();
    }

    /** {@code SAFE (every one of 812 states; bounds ...)} and the like. */
    public static String statusLine(Verdict v, CheckResult r) {
        Stats st = r.stats();
        switch (v.status()) {
            case SAFE:
                return "SAFE within the bounds (search complete: all " + count(st.states(), "distinct state") + " explored)";
            case UNREACHED:
                return "UNREACHED (search complete: all " + count(st.states(), "distinct state") + " explored, none has it)";
            case INCOMPLETE:
                if (!st.walksCovered().isEmpty()) {
                    return "INCOMPLETE (nothing found in " + st.walksCovered() + "; swarm search is not a proof)";
                }
                // A limit is reached; a signal ("interrupted by SIGINT") just happens.
                return "INCOMPLETE (" + st.limit() + (interrupted(st) ? "" : " reached") + " after "
                        + count(st.states(), "state") + "; not decided)";
            default:
                return v.status().name();
        }
    }

    private static String coverage(Stats st) {
        if (st.complete()) {
            return "complete";
        }
        if (st.limit().isEmpty()) {
            return "stopped early, every property decided";
        }
        if (!st.walksCovered().isEmpty()) {
            return st.walksCovered() + ", not a proof";
        }
        return interrupted(st) ? st.limit() : "cut short by " + st.limit();
    }

    /** {@code 1 distinct state}, {@code 2 distinct states}. */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static boolean interrupted(Stats st) {
        return st.limit().startsWith("interrupted");
    }

    private static String pad(String s, int width, boolean left) {
        if (s.length() >= width) {
            return s;
        }
        String fill = " ".repeat(width - s.length());
        return left ? fill + s : s + fill;
    }
}
