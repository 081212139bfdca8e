package dev.sledcheck.checker;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.run.CheckResult;
import java.util.Objects;

/**
 * One check of one model, set up step by step and run by {@link #run}: how to search, which
 * reductions, who hears of progress, and what the result is called. Every setting has a default
 * (a breadth-first search of the full model on every core, silently), so the shortest use is
 * {@code Checker.of(model).run()}.
 */
public final class Check<S, A> {
    private final Model<S, A> model;
    private SearchOptions options = SearchOptions.defaults();
    private Reductions<S, A> reductions = Reductions.none();
    private Monitor monitor = Monitor.NONE;
    private String subject = "";
    private String bounds = "";
    private int splitFrom = LevelSearch.SPLIT_FROM;

    Check(Model<S, A> model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** How to search: strategy, limits, properties, threads, store. */
    public Check<S, A> options(SearchOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        return this;
    }

    /**
     * Explore representatives under these reductions. Every run found on the quotient is turned
     * back into a run of the full model and replayed there; one that does not break its property
     * there means an unsound reduction, and the check throws {@link ModelError}.
     */
    public Check<S, A> reductions(Reductions<S, A> reductions) {
        this.reductions = Objects.requireNonNull(reductions, "reductions");
        return this;
    }

    /** Who is told how the search goes (a progress line, a benchmark). */
    public Check<S, A> monitor(Monitor monitor) {
        this.monitor = Objects.requireNonNull(monitor, "monitor");
        return this;
    }

    /**
     * What the result is about, and the bounds every SAFE verdict holds within (both copied into
     * the result); the model's own {@link Model#bounds()} are added to {@code bounds}.
     */
    public Check<S, A> about(String subject, String bounds) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.bounds = Objects.requireNonNull(bounds, "bounds");
        return this;
    }

    /** Breadth-first levels split into chunks from this many states on (tests use tiny ones). */
    Check<S, A> splitFrom(int splitFrom) {
        this.splitFrom = splitFrom;
        return this;
    }

    /**
     * Runs the search and decides each selected property.
     *
     * @throws IllegalArgumentException if the options select a property the model lacks
     */
    public CheckResult run() {
        String all = joined(bounds, model.bounds());
        return Eventually.check(model, options, reductions,
                (m, o, r) -> Checker.search(m, o, r, monitor, subject, all, splitFrom));
    }

    private static String joined(String given, String model) {
        return given.isEmpty() ? model : model.isEmpty() ? given : given + "; " + model;
    }
}
