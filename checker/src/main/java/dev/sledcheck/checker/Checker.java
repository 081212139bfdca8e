package dev.sledcheck.checker;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Stats;

/** Checks a model: one search, one verdict per selected property. */
public final class Checker {

    /** How states are told apart; reported so readers know no hashing shortcut was taken. */
    static final String DEDUP = "exact (full states)";

    private Checker() {}

    /**
     * Explores {@code model} as {@code options} say and decides each selected property.
     *
     * @param subject what is being checked, copied into the result
     * @param bounds the bounds every SAFE verdict holds within, copied into the result
     * @throws IllegalArgumentException if {@code options.only()} names a property the model lacks
     */
    public static <S, A> CheckResult check(Model<S, A> model, SearchOptions options, String subject, String bounds) {
        long start = System.nanoTime();
        Ledger<S, A> ledger = new Ledger<>(model, options.only());
        Budget budget = new Budget(options, start);
        Search<S, A> search = switch (options.strategy()) {
            case BFS -> new BreadthFirst<>(model, budget, ledger);
            case DFS -> new DepthFirst<>(model, budget, ledger);
        };
        Exploration done = search.explore();
        double seconds = (System.nanoTime() - start) / 1e9;
        Stats stats = new Stats(options.strategy().label(), DEDUP, done.states(), done.transitions(),
                done.maxDepth(), done.complete(), done.limit(), seconds);
        return new CheckResult(subject, bounds, stats, ledger.verdicts(done.complete()));
    }
}
