package dev.sledcheck.checker;

import dev.sledcheck.checker.store.Visited;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.PartialOrder;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Stats;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks a model: one search, one verdict per selected property. {@link #of} is the way in. */
public final class Checker {

    private Checker() {}

    /** A check of {@code model}, to be set up and {@link Check#run() run}. */
    public static <S, A> Check<S, A> of(Model<S, A> model) {
        return new Check<>(model);
    }

    /**
     * One search of {@code model} under {@code reductions}. A run found on the quotient is turned
     * back into a run of the full model and replayed there; a counterexample that does not break its
     * property there, or a witness that does not reach its state, means an unsound reduction and
     * throws.
     */
    static <S, A> CheckResult search(Model<S, A> model, SearchOptions options, Reductions<S, A> reductions,
            Monitor monitor, String subject, String bounds, int splitFrom) {
        if (reductions.isEmpty()) {
            return search(model, options, monitor, subject, bounds, splitFrom, null);
        }
        Reduced<S, A> reduced = new Reduced<>(model, reductions.abstractions());
        CheckResult quotient = search(reduced, options, monitor, subject, bounds, splitFrom, reductions.partialOrder());
        List<Verdict> verdicts = new ArrayList<>();
        for (Verdict v : quotient.verdicts()) {
            Run run = v.run() == null ? null : Concretize.run(model, reduced, v.run());
            if (run != null && v.status() == Status.VIOLATED
                    && !Replay.replay(model, run.schedule()).broken().contains(v.property())) {
                throw new ModelError("unsound reduction: the " + v.property()
                        + " counterexample found on the quotient does not break it on the full model");
            }
            if (run != null && v.status() == Status.REACHED && !reaches(model, run, v.property())) {
                throw new ModelError("unsound reduction: the " + v.property()
                        + " witness found on the quotient does not reach it on the full model");
            }
            verdicts.add(new Verdict(v.property(), v.description(), v.status(), run));
        }
        Stats q = quotient.stats();
        // The store, then what the states are: representatives under the reductions, and with por
        // only the persistent steps' successors. The text report's --verbose says what each means.
        String how = q.dedup() + ", reduced by " + String.join("+", reductions.names());
        Stats stats = new Stats(q.search(), how, q.states(), q.transitions(), q.maxDepth(), q.complete(), q.limit(),
                q.seconds());
        return new CheckResult(subject, bounds, stats, verdicts);
    }

    /** Whether {@code run}, replayed on the full model, ends in a state that has the reachability property {@code name}. */
    private static <S, A> boolean reaches(Model<S, A> model, Run run, String name) {
        S end = Replay.judged(model, run.schedule(), Set.of(name)).finalState();
        for (var p : model.properties()) {
            if (p.name().equals(name) && p instanceof Property.Sometimes<S, A> s) {
                return s.reached().test(end);
            }
        }
        throw new IllegalStateException("no reachability property " + name);
    }

    /** The search itself, with the model's partial-order reduction {@code por} applied (null: none). */
    private static <S, A> CheckResult search(Model<S, A> model, SearchOptions options, Monitor monitor,
            String subject, String bounds, int splitFrom, PartialOrder<S, A> por) {
        // Before the clock starts: a limit of a few milliseconds must still leave the search some.
        Probe.look(model);
        long start = System.nanoTime();
        Ledger<S, A> ledger = new Ledger<>(model, options.only());
        Budget budget = new Budget(options, start);
        Visited<S> visited = options.store().create(model, options.exactLimit());
        Tally tally = new Tally();
        Search<S, A> search = switch (options.strategy()) {
            case BFS -> new LevelSearch<>(model, budget, ledger, visited, options.threads(), splitFrom, tally, por,
                    Queues.of(model, options));
            case DFS -> new DepthFirst<>(model, budget, ledger, visited, tally, por);
            case SWARM -> new SwarmSearch<>(model, budget, ledger, options.walks(), options.threads(), tally, por);
        };
        Exploration done;
        try (Ticker ticker = new Ticker(monitor, tally, start)) {
            done = search.explore();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        monitor.finished(new Monitor.Snapshot(done.states(), done.transitions(), 0, seconds, done.storeBytes(),
                done.queueBytes()));
        Reference.reachabilityFence(search);
        Stats stats = new Stats(options.strategy().label(), dedup(done), done.states(), done.transitions(),
                done.maxDepth(), done.complete(), done.limit(), seconds);
        return new CheckResult(subject, bounds, stats, ledger.verdicts(done.complete()));
    }

    /**
     * How states were told apart, with the bytes a state cost when that follows from the store's
     * shape; with a packed queue, all in: the store, the paths and the queue at its widest.
     */
    private static String dedup(Exploration done) {
        if (done.storeBytes() < 0 || done.states() == 0) {
            return done.dedup();
        }
        double n = done.states();
        if (done.queueBytes() < 0) {
            return done.dedup() + String.format(Locale.ROOT, ", %.1f bytes/state", done.storeBytes() / n);
        }
        return done.dedup() + String.format(Locale.ROOT, ", packed queue, %.1f bytes/state (store and paths %.1f, queue %.1f)",
                (done.storeBytes() + done.queueBytes()) / n, done.storeBytes() / n, done.queueBytes() / n);
    }
}
