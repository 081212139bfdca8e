package dev.sledcheck.checker;

import dev.sledcheck.checker.store.Visited;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.PartialOrder;
import dev.sledcheck.model.core.Reduction;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import java.util.ArrayList;
import java.util.List;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Stats;
import java.lang.ref.Reference;
import java.util.Locale;

/** Checks a model: one search, one verdict per selected property. */
public final class Checker {

    private Checker() {}

    /**
     * Explores {@code model} as {@code options} say and decides each selected property.
     *
     * @param subject what is being checked, copied into the result
     * @param bounds the bounds every SAFE verdict holds within, copied into the result
     * @throws IllegalArgumentException if {@code options.only()} names a property the model lacks
     */
    public static <S, A> CheckResult check(Model<S, A> model, SearchOptions options, String subject, String bounds) {
        return check(model, options, Monitor.NONE, subject, bounds);
    }

    /** As {@link #check(Model, SearchOptions, String, String)}, telling {@code monitor} how it goes. */
    public static <S, A> CheckResult check(Model<S, A> model, SearchOptions options, Monitor monitor,
            String subject, String bounds) {
        return Eventually.check(model, options,
                (m, o) -> check(m, o, monitor, subject, bounds, LevelSearch.SPLIT_FROM));
    }

    /** With breadth-first levels split into chunks from {@code splitFrom} states on (tests use tiny ones). */
    static <S, A> CheckResult check(Model<S, A> model, SearchOptions options, Monitor monitor,
            String subject, String bounds, int splitFrom) {
        return check(model, options, monitor, subject, bounds, splitFrom, null);
    }

    /** With the model's partial-order reduction {@code por} applied (null: none). */
    static <S, A> CheckResult check(Model<S, A> model, SearchOptions options, Monitor monitor,
            String subject, String bounds, int splitFrom, PartialOrder<S, A> por) {
        // Before the clock starts: a limit of a few milliseconds must still leave the search some.
        Probe.look(model);
        long start = System.nanoTime();
        Ledger<S, A> ledger = new Ledger<>(model, options.only());
        Budget budget = new Budget(options, start);
        Visited<S> visited = options.store().create(model, options.exactLimit());
        Tally tally = new Tally();
        Search<S, A> search = switch (options.strategy()) {
            case BFS -> new LevelSearch<>(model, budget, ledger, visited, options.threads(), splitFrom, tally, por);
            case DFS -> new DepthFirst<>(model, budget, ledger, visited, tally, por);
            case SWARM -> new SwarmSearch<>(model, budget, ledger, options.walks(), options.threads(), tally, por);
        };
        Exploration done;
        try (Ticker ticker = new Ticker(monitor, tally, start)) {
            done = search.explore();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        monitor.finished(new Monitor.Snapshot(done.states(), done.transitions(), 0, seconds, done.storeBytes()));
        Reference.reachabilityFence(search);
        Stats stats = new Stats(options.strategy().label(), dedup(done), done.states(), done.transitions(),
                done.maxDepth(), done.complete(), done.limit(), seconds);
        return new CheckResult(subject, bounds, stats, ledger.verdicts(done.complete()));
    }

    /**
     * Like {@link #check(Model, SearchOptions, String, String)}, exploring representatives under
     * the named reductions of the model (none: the plain search). Every run found on the quotient
     * is turned back into a run of the full model and replayed there; a run that does not break its
     * property on the full model means an unsound reduction and throws.
     *
     * @throws IllegalArgumentException for a reduction the model does not offer
     */
    public static <S, A> CheckResult check(Model<S, A> model, SearchOptions options, List<String> reductions,
            String subject, String bounds) {
        return check(model, options, reductions, Monitor.NONE, subject, bounds);
    }

    /** As above, telling {@code monitor} how the search goes. */
    public static <S, A> CheckResult check(Model<S, A> model, SearchOptions options, List<String> reductions,
            Monitor monitor, String subject, String bounds) {
        return Eventually.check(model, options, (m, o) -> check(m, o,
                m.partialOrder() == null ? reductions.stream().filter(r -> !r.equals(POR)).toList() : reductions,
                monitor, subject, bounds, LevelSearch.SPLIT_FROM));
    }

    /** The name under which a model's {@link Model#partialOrder() partial-order reduction} is offered. */
    public static final String POR = "por";

    /** The reductions {@code model} offers by name: its state abstractions, then {@code por} if it has one. */
    /**
     * The reduction names asked for, with {@code all} spelled out as what {@code model} offers and
     * {@code none} dropped, each once, in the order asked.
     */
    public static List<String> expand(Model<?, ?> model, List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            for (String r : n.equals("all") ? offered(model) : n.equals("none") ? List.<String>of() : List.of(n)) {
                if (!out.contains(r)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    public static List<String> offered(Model<?, ?> model) {
        List<String> names = new ArrayList<>(model.reductions().stream().map(Reduction::name).toList());
        if (model.partialOrder() != null) {
            names.add(POR);
        }
        return names;
    }

    /** As above, with breadth-first levels split from {@code splitFrom} states on. */
    static <S, A> CheckResult check(Model<S, A> model, SearchOptions options, List<String> reductions,
            Monitor monitor, String subject, String bounds, int splitFrom) {
        if (reductions.isEmpty()) {
            return check(model, options, monitor, subject, bounds, splitFrom);
        }
        List<String> offered = offered(model);
        for (String name : reductions) {
            if (!offered.contains(name)) {
                throw new IllegalArgumentException("unknown reduction '" + name + "'; this model offers: "
                        + String.join(", ", offered));
            }
        }
        // Applied in the model's order, whatever order they were asked in: the representative of a
        // state must not depend on how the command line was spelled.
        List<Reduction<S>> chosen = model.reductions().stream().filter(r -> reductions.contains(r.name())).toList();
        PartialOrder<S, A> por = reductions.contains(POR) ? model.partialOrder() : null;
        Reduced<S, A> reduced = new Reduced<>(model, chosen);
        CheckResult quotient = check(reduced, options, monitor, subject, bounds, splitFrom, por);
        List<Verdict> verdicts = new ArrayList<>();
        for (Verdict v : quotient.verdicts()) {
            Run run = v.run() == null ? null : Concretize.run(model, reduced, v.run());
            if (run != null && v.status() == Status.VIOLATED
                    && !Replay.replay(model, run.schedule()).broken().contains(v.property())) {
                throw new ModelError("unsound reduction: the " + v.property()
                        + " counterexample found on the quotient does not break it on the full model");
            }
            verdicts.add(new Verdict(v.property(), v.description(), v.status(), run));
        }
        Stats q = quotient.stats();
        // The store, then what the states are: representatives under the reductions, and with por
        // only the persistent steps' successors. The text report's --verbose says what each means.
        List<String> names = new ArrayList<>(chosen.stream().map(Reduction::name).toList());
        if (por != null) {
            names.add(POR);
        }
        String how = q.dedup() + (names.isEmpty() ? "" : ", reduced by " + String.join("+", names));
        Stats stats = new Stats(q.search(), how, q.states(),
                q.transitions(), q.maxDepth(),
                q.complete(), q.limit(), q.seconds());
        return new CheckResult(subject, bounds, stats, verdicts);
    }

    /** How states were told apart, with the bytes a state cost when that follows from the store's shape. */
    private static String dedup(Exploration done) {
        if (done.storeBytes() < 0 || done.states() == 0) {
            return done.dedup();
        }
        return done.dedup() + String.format(Locale.ROOT, ", %.1f bytes/state", (double) done.storeBytes() / done.states());
    }
}
