package dev.sledcheck.checker;

import dev.sledcheck.checker.store.Visited;
import dev.sledcheck.model.core.Model;
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
        return check(model, options, monitor, subject, bounds, LevelSearch.SPLIT_FROM);
    }

    /** With breadth-first levels split into chunks from {@code splitFrom} states on (tests use tiny ones). */
    static <S, A> CheckResult check(Model<S, A> model, SearchOptions options, Monitor monitor,
            String subject, String bounds, int splitFrom) {
        long start = System.nanoTime();
        Ledger<S, A> ledger = new Ledger<>(model, options.only());
        Budget budget = new Budget(options, start);
        Visited<S> visited = options.store().create(model, options.exactLimit());
        Tally tally = new Tally();
        Search<S, A> search = switch (options.strategy()) {
            case BFS -> new LevelSearch<>(model, budget, ledger, visited, options.threads(), splitFrom, tally);
            case DFS -> new DepthFirst<>(model, budget, ledger, visited, tally);
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

    /** How states were told apart, with the bytes a state cost when that follows from the store's shape. */
    private static String dedup(Exploration done) {
        if (done.storeBytes() < 0 || done.states() == 0) {
            return done.dedup();
        }
        return done.dedup() + String.format(Locale.ROOT, ", %.1f bytes/state", (double) done.storeBytes() / done.states());
    }
}
