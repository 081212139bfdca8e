package dev.sledcheck.trace;

import dev.sledcheck.model.core.Model;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Why group {@code stuck} cannot be shown after the ones before it, asked from every place the
 * search got to with it next: which member fails first, and then either which logged event would
 * have had to happen earlier than the log has it (a search with that rule lifted), or what the
 * model did there instead (near misses).
 */
final class Diagnosis<S, A> {

    /** Where the search got stuck: a state and the bindings made so far. */
    record Start<S>(S state, Bindings bindings) {}

    /** The first step on a relaxed path that the log shows later (or null while there is none). */
    private record Blame<S, A>(Observation<S, A> by, String token) {}

    private record Place<S, A>(S state, Bindings bindings, Blame<S, A> blame) {}

    /** At most this many near misses are quoted. */
    static final int MISSES = 3;

    private final Model<S, A> model;
    private final List<Group<S, A>> groups;
    private final int stuck;
    private final List<Start<S>> starts;
    private final long nodes;

    Diagnosis(Model<S, A> model, List<Group<S, A>> groups, int stuck, List<Start<S>> starts, long nodes) {
        this.model = model;
        this.groups = groups;
        this.stuck = stuck;
        this.starts = starts;
        this.nodes = nodes;
    }

    TraceResult<S, A> impossible() {
        Group<S, A> g = groups.get(stuck);
        Observation<S, A> first = g.members().get(firstFailing(g));
        String why = blamed(g).orElseGet(() -> misses(first));
        return new TraceResult.Impossible<>(first, stuck, why, nodes);
    }

    /** The index of the first member that no step shows together with the members before it. */
    private int firstFailing(Group<S, A> g) {
        if (g.isState()) {
            return 0;
        }
        int best = 0;
        List<A> actions = new ArrayList<>();
        for (Start<S> s : starts) {
            actions.clear();
            model.actions(s.state(), actions);
            for (A a : actions) {
                S after = model.next(s.state(), a);
                while (best < g.members().size() - 1 && g.step(s.state(), a, after, s.bindings(), best + 1).isPresent()) {
                    best++;
                }
            }
        }
        return best;
    }

    /** Searches on from the stuck places with any step allowed: which later-logged step was needed. */
    private Optional<String> blamed(Group<S, A> g) {
        List<Place<S, A>> queue = new ArrayList<>();
        Set<Start<S>> seen = new HashSet<>();
        for (Start<S> s : starts) {
            if (seen.add(s)) {
                queue.add(new Place<>(s.state(), s.bindings(), null));
            }
        }
        List<A> actions = new ArrayList<>();
        for (int head = 0; head < queue.size(); head++) {
            Place<S, A> p = queue.get(head);
            if (g.state(p.state(), p.bindings()).isPresent()) {
                return explain(p.blame());
            }
            actions.clear();
            model.actions(p.state(), actions);
            for (A a : actions) {
                S after = model.next(p.state(), a);
                if (g.step(p.state(), a, after, p.bindings()).isPresent()) {
                    return explain(p.blame());
                }
                Blame<S, A> blame = p.blame() != null ? p.blame()
                        : TraceSearch.forbidder(groups, p.state(), a, after, stuck, p.bindings())
                                .map(o -> new Blame<S, A>(o, model.token(p.state(), a))).orElse(null);
                if (seen.add(new Start<>(after, p.bindings()))) {
                    queue.add(new Place<>(after, p.bindings(), blame));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> explain(Blame<S, A> blame) {
        if (blame == null) {
            return Optional.empty(); // reachable without breaking the rule: only a cut search gets here
        }
        return Optional.of("a run shows it only after " + blame.token() + ", which the log puts later, at "
                + blame.by().id());
    }

    /** No run shows it at all from here: what the model did instead. */
    private String misses(Observation<S, A> first) {
        Set<String> misses = new LinkedHashSet<>();
        List<A> actions = new ArrayList<>();
        for (Start<S> s : starts) {
            if (first instanceof Observation.InState<S, A> in) {
                in.nearMiss().test(s.state()).ifPresent(misses::add);
                continue;
            }
            Observation.OnStep<S, A> on = (Observation.OnStep<S, A>) first;
            actions.clear();
            model.actions(s.state(), actions);
            for (A a : actions) {
                on.nearMiss().test(s.state(), a, model.next(s.state(), a)).ifPresent(misses::add);
            }
        }
        String after = stuck == 0 ? "from the start" : "after " + last(groups.get(stuck - 1)).id();
        StringBuilder sb = new StringBuilder("no run of the model shows it " + after);
        if (!misses.isEmpty()) {
            List<String> quoted = new ArrayList<>(misses).subList(0, Math.min(MISSES, misses.size()));
            sb.append("; the nearest it comes: ").append(String.join("; ", quoted));
            if (misses.size() > MISSES) {
                sb.append("; ...");
            }
        }
        return sb.toString();
    }

    private static <S, A> Observation<S, A> last(Group<S, A> g) {
        return g.members().get(g.members().size() - 1);
    }
}
