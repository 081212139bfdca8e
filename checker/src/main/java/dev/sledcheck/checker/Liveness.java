package dev.sledcheck.checker;

import dev.sledcheck.checker.fair.Lasso;
import dev.sledcheck.checker.fair.Obligations;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides {@link Property.Liveness} properties on a state graph of their own ({@link LiveGraph}):
 * for each, {@link Obligations} looks for the first run, breadth first, that keeps its obligation
 * open for ever: to a dead end, or round a cycle fair to the model's {@link Model#fairActors() fair
 * actors}. The run found is then replayed on the model, where {@link Replay} judges the lasso on
 * its own terms and says where its cycle starts; a run the replay does not find broken is an
 * error, not a counterexample.
 *
 * <p>Reductions. The graph is explored through the model's state abstractions: a representative
 * has the same futures as its class, step for step with the same actors, and liveness targets and
 * triggers hold alike on a class (symmetric instances are judged alike, a forgotten doomed write
 * changes no row), so a fair cycle of representatives stands for fair runs of the model. A lasso
 * on representatives becomes one of the full model by following its cycle until the full state
 * comes back ({@link Concretize#lasso}); the replay on the full model then checks the claim. The
 * partial-order reduction is never applied: its invisibility proviso was argued for the model's
 * own safety properties, and for a liveness property it would need a stronger cycle proviso (every
 * cycle fully expanded somewhere) and visibility of every fair actor's enabledness.
 */
final class Liveness {
    private Liveness() {}

    /** At most this many fair actors (each a bit of a long). */
    static final int MAX_FAIR = Long.SIZE - 1;

    /** The result of {@code search} on {@code model}, its liveness properties decided apart. */
    static <S, A> CheckResult check(Model<S, A> model, SearchOptions options, Reductions<S, A> reductions,
            Apart.Searcher<S, A> search) {
        return Apart.check(model, options, reductions, search, p -> p instanceof Property.Liveness,
                apart -> decide(model, options, reductions, apart));
    }

    /** The fair actors of {@code model}, sorted; each must be one of its actors when it names them. */
    static List<String> fairActors(Model<?, ?> model) {
        List<String> fair = new ArrayList<>(new TreeSet<>(model.fairActors()));
        List<String> known = model.actorNames();
        for (String f : fair) {
            if (!known.isEmpty() && !known.contains(f)) {
                throw new IllegalArgumentException("unknown fair actor \"" + f + "\"; the model's actors: "
                        + String.join(", ", known));
            }
        }
        if (fair.size() > MAX_FAIR) {
            throw new IllegalArgumentException("at most " + MAX_FAIR + " fair actors, got " + fair.size());
        }
        return fair;
    }

    private static <S, A> Apart.Decided decide(Model<S, A> model, SearchOptions options, Reductions<S, A> reductions,
            List<Property<S, A>> apart) {
        List<Property.Liveness<S, A>> properties = new ArrayList<>();
        apart.forEach(p -> properties.add((Property.Liveness<S, A>) p));
        List<String> fair = fairActors(model);
        Reduced<S, A> reduced = reductions.abstractions().isEmpty() ? null
                : new Reduced<>(model, reductions.abstractions());
        Reductions<S, A> used = reductions.withoutPartialOrder();
        String how = "exact" + (used.isEmpty() ? "" : ", reduced by " + String.join("+", used.names()));
        LiveGraph<S, A> g = LiveGraph.explore(reduced == null ? model : reduced, properties, options, fair, how);
        long mask = fair.isEmpty() ? 0 : -1L >>> (Long.SIZE - fair.size());
        List<Verdict> verdicts = new ArrayList<>();
        for (Property.Liveness<S, A> p : properties) {
            int n = g.states.size();
            boolean[] target = new boolean[n];
            boolean[] atStart = new boolean[n];
            boolean[] raises = new boolean[n];
            for (int v = 0; v < n; v++) {
                S s = g.states.get(v);
                target[v] = p.target().test(s);
                atStart[v] = p.raises(s, true);
                raises[v] = p.raises(s, false);
            }
            Optional<Lasso> lasso = Obligations.broken(g.graph, g.initial, target, atStart, raises, mask);
            if (lasso.isPresent()) {
                verdicts.add(new Verdict(p.name(), p.description(), Status.VIOLATED, run(model, reduced, g, lasso.get(), p)));
            } else {
                verdicts.add(new Verdict(p.name(), p.description(),
                        g.stats.complete() ? Status.SAFE : Status.INCOMPLETE, null));
            }
        }
        return new Apart.Decided(verdicts, g.stats.complete() ? null : g.stats);
    }

    /** The lasso as a run of the full model, as {@link Replay} judges it for {@code p} alone. */
    private static <S, A> Run run(Model<S, A> model, Reduced<S, A> reduced, LiveGraph<S, A> g, Lasso lasso,
            Property.Liveness<S, A> p) {
        int at = 0;
        while (g.initial[at] != lasso.start()) {
            at++;
        }
        int node = lasso.start();
        List<String> stem = new ArrayList<>();
        List<String> cycle = new ArrayList<>();
        for (int i = 0; i < lasso.stem().size() + lasso.cycle().size(); i++) {
            int e = i < lasso.stem().size() ? lasso.stem().get(i) : lasso.cycle().get(i - lasso.stem().size());
            String token = g.model.token(g.states.get(node), g.action(e, node));
            (i < lasso.stem().size() ? stem : cycle).add(token);
            node = g.graph.target(e);
        }
        String schedule = reduced == null ? Concretize.schedule(g.initialIndex[at], stem, cycle)
                : Concretize.lasso(model, reduced, g.initialIndex[at], stem, cycle);
        ReplayResult<S> replayed = Replay.judged(model, schedule, Set.of(p.name()));
        if (!replayed.broken().contains(p.name())) {
            throw new ModelError((reduced == null ? "" : "unsound reduction: ") + "the " + p.name()
                    + " counterexample found on the state graph does not break it when replayed: " + schedule);
        }
        return replayed.run();
    }
}
