package dev.sledcheck.checker;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.PartialOrder;
import dev.sledcheck.model.run.Stats;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Swarm search (Holzmann, Joshi and Groce, "Swarm verification techniques", 2011): many small,
 * differently ordered {@link Walk}s instead of one exhaustive search, for spaces no machine can
 * exhaust. Walk {@code i}'s seed is the i-th number drawn from the swarm's seed, so a walk's result
 * depends on nothing but the model, that seed and the depth bound. Walks run on any number of
 * threads but are merged in walk order, and the search stops after the first walk by which every
 * property has a run: the walks merged, hence the output, are the same for every thread count.
 * Per property, the shortest run of the merged walks is kept (the earliest walk's, among equals).
 *
 * <p>The search is never complete: a property with no run stays INCOMPLETE (see {@link
 * Stats#walks}), whatever the walks covered, because collisions and the depth bound hide states.
 * Under reductions it walks the quotient, as the other searches do: a walk then spends its filter
 * on one state per class and its steps on one order of commuting steps, so it reaches further;
 * and every run it finds is turned back into a run of the full model and replayed there
 * ({@link Checker}) before it is shown, so a reduction cannot make it report something false.
 * The price is the reductions' cost per state (symmetry's canonical form above all): on sim-bug's
 * scale, reduced walks broke S1v within a median of 2 walks at 4, 6 and 8 instances, full-model
 * walks within 4 to 11, in about the same seconds (docs/performance.md). {@code --reduction none}
 * walks the full model.
 */
final class SwarmSearch<S, A> implements Search<S, A> {

    private final Model<S, A> model;
    private final Budget budget;
    private final Ledger<S, A> ledger;
    private final Walks walks;
    private final int threads;
    private final Tally tally;
    /** The model's partial-order reduction, or null when it is off. */
    private final PartialOrder<S, A> por;
    /** Set once the merged walks decide the result: walks still running are no longer wanted. */
    private volatile boolean over;

    private final List<Walk.Found<S, A>> merged = new ArrayList<>();
    private final List<Trail<S, A>> best = new ArrayList<>();
    private long states;
    private long transitions;
    private int maxDepth;

    SwarmSearch(Model<S, A> model, Budget budget, Ledger<S, A> ledger, Walks walks, int threads, Tally tally,
            PartialOrder<S, A> por) {
        this.model = model;
        this.budget = budget;
        this.ledger = ledger;
        this.walks = walks;
        this.threads = threads;
        this.tally = tally;
        this.por = por;
        for (int i = 0; i < ledger.size(); i++) {
            best.add(null);
        }
    }

    @Override
    public Exploration explore() {
        if (budget.spent()) {
            return finish(false);
        }
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, Workers.daemon());
        try {
            Deque<Future<Walk.Found<S, A>>> ahead = new ArrayDeque<>();
            int submitted = 0;
            for (int i = 0; i < walks.count(); i++) {
                // A window of walks ahead keeps every thread busy without queueing all of them.
                while (pool != null && submitted < walks.count() && submitted < i + 2 * threads) {
                    int w = submitted++;
                    ahead.add(pool.submit(() -> walk(w)));
                }
                Walk.Found<S, A> found = pool == null ? walk(i) : await(ahead.poll());
                merge(found);
                if (found.cut()) {
                    return finish(false);
                }
                if (decided()) {
                    return finish(true);
                }
            }
            return finish(false);
        } finally {
            over = true;
            if (pool != null) {
                pool.shutdownNow();
                awaitQuietly(pool);
            }
        }
    }

    private Walk.Found<S, A> walk(int i) {
        return Walk.run(model, ledger, por, walks.depth(), SplitMix.nth(walks.seed(), i), budget, () -> over);
    }

    private Walk.Found<S, A> await(Future<Walk.Found<S, A>> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("a walk failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a walk", e);
        }
    }

    /** Walks still running stop at their next look at the flag, within microseconds. */
    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void merge(Walk.Found<S, A> found) {
        merged.add(found);
        states += found.states();
        transitions += found.transitions();
        maxDepth = Math.max(maxDepth, found.maxDepth());
        for (int p = 0; p < best.size(); p++) {
            Trail<S, A> run = found.runs().get(p);
            if (run != null && (best.get(p) == null || run.moves().size() < best.get(p).moves().size())) {
                best.set(p, run);
            }
        }
        tally.newLevel(states, transitions, walks.count() - merged.size());
    }

    /** Whether every property has a run (never, with no property: then every walk runs). */
    private boolean decided() {
        return !best.isEmpty() && best.stream().allMatch(r -> r != null);
    }

    /** Hands the runs to the ledger; {@code settled}: stopped because every property was decided. */
    private Exploration finish(boolean settled) {
        for (int p = 0; p < best.size(); p++) {
            if (best.get(p) != null) {
                ledger.decide(p, best.get(p));
            }
        }
        String limit = settled ? "" : budget.exceeded().isEmpty() ? Stats.walks(merged.size(), walks.depth())
                : budget.exceeded();
        String how = "seed " + walks.seed() + ", " + merged.size() + " of " + walks.count() + " walks of depth <= "
                + walks.depth() + ", each with a " + ByteSize.of(Bitstate.BYTES) + " Bloom filter of fingerprints";
        return new Exploration(states, transitions, maxDepth, false, limit, how, -1, -1);
    }
}
