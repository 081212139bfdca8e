package dev.sledcheck.explore;

import dev.sledcheck.reports.Wrap;
import dev.sledcheck.checker.Checker;
import dev.sledcheck.checker.Reductions;
import dev.sledcheck.model.core.StartAt;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.checker.Strategy;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Step;
import dev.sledcheck.model.run.Verdict;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The explorer's {@code find}: the checker's own search, started from the current state (through
 * {@link StartAt}), for one property. What it finds is remembered, with the position it was found
 * from, so that {@code follow} can take it.
 */
final class Finder<S, A> {

    private final Model<S, A> model;
    private final SearchOptions search;
    private final List<String> reductions;
    private List<String> found;
    private String foundFrom;

    /** @param reductions the model's reductions to search under, by name (none: the full model) */
    Finder(Model<S, A> model, SearchOptions search, List<String> reductions) {
        this.model = model;
        this.search = search;
        this.reductions = List.copyOf(reductions);
    }

    /** The run the last {@code find} printed, if it was made from where {@code session} stands. */
    Optional<List<String>> lastFound(Session<S, A> session) {
        return found != null && session.schedule().equals(foundFrom) ? Optional.of(found) : Optional.empty();
    }

    void find(String name, Session<S, A> session, PrintWriter out, int width) {
        List<String> names = model.properties().stream().map(Property::name).toList();
        Optional<String> property = names.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst();
        if (property.isEmpty()) {
            out.println((name.isEmpty() ? "find needs a property" : "find: unknown property '" + name + "'")
                    + "; the model has: " + String.join(", ", names));
            return;
        }
        String p = property.get();
        CheckResult r = Checker.of(new StartAt<>(model, session.current())).options(search.withOnly(Set.of(p)))
                .reductions(Reductions.named(model, reductions)).run();
        Verdict v = r.verdict(p);
        long states = r.stats().states();
        found = null;
        switch (v.status()) {
            case VIOLATED:
            case REACHED:
                report(p, v, session, states, out, width);
                return;
            case SAFE:
                out.println("find " + p + ": none within the bounds (all " + states
                        + " states reachable from here" + under() + " visited; none breaks it)");
                return;
            case UNREACHED:
                out.println("find " + p + ": none within the bounds (all " + states
                        + " states reachable from here" + under() + " visited; none has it)");
                return;
            default:
                out.println("find " + p + ": none found before the limit (" + r.stats().limit() + ", " + states
                        + " states visited): undecided");
        }
    }

    private void report(String p, Verdict v, Session<S, A> session, long states, PrintWriter out, int width) {
        Run run = v.run();
        String verb = v.status() == Status.REACHED ? "reached" : "broken";
        if (run.length() == 0) {
            out.println("find " + p + ": " + verb + " here already");
            return;
        }
        String how = how();
        out.println("find " + p + ": " + verb + " " + run.length() + (run.length() == 1 ? " step" : " steps")
                + " from here (" + how + "; " + states + " states searched):");
        int actorWidth = 5;
        for (Step s : run.steps()) {
            actorWidth = Math.max(actorWidth, s.actor().length());
        }
        int numWidth = String.valueOf(session.depth() + run.length()).length();
        for (Step s : run.steps()) {
            String number = String.valueOf(session.depth() + s.number());
            String head = "  " + " ".repeat(numWidth - number.length()) + number + "  "
                    + Wrap.pad(s.actor(), actorWidth) + "  ";
            String marks = s.breaks().isEmpty() ? "" : "   <== " + String.join(", ", s.breaks()) + " broken";
            out.print(Wrap.hanging(head, s.text() + marks, width));
        }
        out.println("'follow' takes " + (run.length() == 1 ? "this step" : "these steps"));
        found = Run.tokens(run.schedule());
        foundFrom = session.schedule();
    }

    /**
     * How the run was searched for. Under a reduction breadth-first search finds a run shortest
     * in the reduced graph, which partial-order reduction may make longer than the shortest.
     */
    private String how() {
        if (search.strategy() == Strategy.DFS) {
            return "dfs" + under() + ", not always shortest";
        }
        return reductions.isEmpty() ? "shortest, bfs" : "bfs" + under() + ", shortest in the reduced graph";
    }

    /** The reductions searched under, as " under gen+por" ({@code ""}: none). */
    private String under() {
        return reductions.isEmpty() ? "" : " under " + String.join("+", reductions);
    }
}
