package dev.sledcheck.checker;

import dev.sledcheck.checker.frontier.Frontier;
import dev.sledcheck.checker.frontier.Queue;
import dev.sledcheck.checker.store.Visited;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.PartialOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Breadth-first search one level at a time, on any number of threads, with exactly the result of
 * a one-thread search: the same states counted, the same transitions, the same evidence chosen.
 *
 * <p>The trick is the <em>claim</em> of a transition ({@link Claims#of}: parent id and action index):
 * a one-thread search meets transitions in increasing claim order, and gives a new state to the
 * first transition that reaches it, i.e. its least claim. A level runs in three phases over
 * chunks of the frontier: (1) expand, judge step properties, and list the successors not seen in
 * an earlier level as candidates; (2) offer every candidate to the store, which keeps the least
 * claim per state; (3) a candidate whose claim survived is the state's discoverer: it joins the
 * next frontier (in claim order, which is id order) and state properties are judged on it. Each
 * chunk keeps, per property, its earliest evidence as an <em>event key</em> ({@code claim << 2 |
 * kind}, kinds in the order a one-thread search meets them: dead end, step, discovery); the least
 * key over all chunks is what a one-thread search would have found first. The state limit and
 * "every property decided" cut the level at the same event a one-thread search stops at.
 *
 * <p>Only a state's claim is kept (8 bytes, in {@link Claims}); a path is rebuilt by replaying the
 * action indices from its initial state ({@link Paths}), so it consists of real states of the model.
 *
 * <p>A level whose store keeps fingerprints may be queued packed ({@link Queue}): the chunks pack
 * their candidates as they list them, and the next level is the winners among those bytes. The
 * queue's size is then known exactly; what is reported is what a one-thread search holds at its
 * widest, the level being expanded and the one being built (more threads also hold, until the level
 * ends, the bytes of candidates that lost to another chunk's claim on the same state).
 */
final class LevelSearch<S, A> implements Search<S, A> {

    /** Levels smaller than this run as one chunk: splitting them costs more than it saves. */
    static final int SPLIT_FROM = 256;
    /** Frontier states between two reports of a chunk's progress to the tally. */
    private static final int TALLY_EVERY = 1024;

    private final Model<S, A> model;
    private final Budget budget;
    private final Ledger<S, A> ledger;
    private final Visited<S> visited;
    private final int threads;
    private final int splitFrom;
    private final Tally tally;
    /** The model's partial-order reduction, or null when it is off. */
    private final PartialOrder<S, A> por;
    private final Queue queue;

    private final Claims claims = new Claims();
    private Paths<S, A> paths;
    private long transitions;
    private int maxDepth;
    /** The packed bytes of the level being expanded, and the most that level and the next ever held. */
    private long levelBytes;
    private long queuePeak;
    private boolean packed;
    /** A limit read by a thread (time, memory, a stop request) ends the search within the level. */
    private volatile boolean aborted;
    /**
     * The least {@code from} of a chunk that has listed more candidates than the state limit leaves
     * room for: the level's cut lies within it, so every later chunk may stop (see {@link #expand}).
     */
    private volatile int cutFrom;

    LevelSearch(Model<S, A> model, Budget budget, Ledger<S, A> ledger, Visited<S> visited, int threads,
            int splitFrom, Tally tally, PartialOrder<S, A> por, Queue queue) {
        this.model = model;
        this.queue = queue;
        this.por = por;
        this.budget = budget;
        this.ledger = ledger;
        this.visited = visited;
        this.threads = threads;
        this.splitFrom = Math.max(1, splitFrom);
        this.tally = tally;
    }

    private static long claim(long parent, int action) {
        return Claims.of(parent, action);
    }

    @Override
    public Exploration explore() {
        try (Workers workers = new Workers(threads)) {
            List<S> roots = new ArrayList<>();
            if (!admitRoots(roots)) {
                return finish(false);
            }
            Frontier<S> frontier = Frontier.of(roots);
            try {
                long base = 0;
                for (int level = 0; frontier.size() > 0; level++) {
                    if (budget.spent()) {
                        return finish(false);
                    }
                    tally.newLevel(claims.size(), transitions, frontier.size());
                    Frontier<S> next = level(workers, frontier, base, level);
                    if (next == null) {
                        return finish(false);
                    }
                    base += frontier.size();
                    frontier = next;
                }
                return finish(true);
            } finally {
                frontier.release();
            }
        }
    }

    /** The initial states, one by one as a one-thread search takes them; false to stop. */
    private boolean admitRoots(List<S> frontier) {
        List<S> roots = model.initialStates();
        if (roots.size() > Claims.MAX_ACTIONS) {
            throw new ModelError("more than " + Claims.MAX_ACTIONS + " initial states");
        }
        paths = new Paths<>(model, claims, roots);
        for (int i = 0; i < roots.size(); i++) {
            S s = roots.get(i);
            long print = visited.usesFingerprints() ? model.fingerprint(s) : 0;
            if (visited.claim(s, print) != Visited.NONE) {
                continue;
            }
            if (!budget.admitsOneMore(claims.size())) {
                return false;
            }
            visited.reserve(1);
            visited.offer(s, print, i);
            claims.add(i);
            frontier.add(s);
            int initial = i;
            ledger.discovered(s, () -> new Trail<>(initial, List.of()));
            if (ledger.settled()) {
                return false;
            }
        }
        return true;
    }

    /** Expands one level; returns the next frontier, or null when the search stops here. */
    private Frontier<S> level(Workers workers, Frontier<S> frontier, long base, int level) {
        visited.checkpoint();
        boolean prints = visited.usesFingerprints();
        int[] open = ledger.openIndices();
        List<Chunk> chunks = Chunks.split(frontier.size(), splitFrom, threads, ledger.size());
        long room = budget.room(claims.size());
        cutFrom = Integer.MAX_VALUE;
        // Packed only where the store needs no state objects (it keeps fingerprints), and where the
        // queue asks for it (by default once levels grow wide enough to crowd the heap as objects);
        // the level being expanded predicts how wide the next will be.
        Queue.Building building = prints && queue.packs(frontier.size()) ? queue.building() : null;
        if (building != null) {
            chunks.forEach(c -> c.run = building.run());
        }
        int[] onStep = ledger.judgedOnStep(open);
        int[] onDiscovery = ledger.judgedOnDiscovery(open);
        Frontier<S> next = null;
        try {
            next = phases(workers, chunks, frontier, base, level, prints, open, onStep, onDiscovery, room, building);
            return next;
        } finally {
            frontier.release();
            if (next == null && building != null) {
                List<int[]> none = new ArrayList<>();
                chunks.forEach(c -> none.add(new int[0]));
                building.<S>frontier(chunks.stream().map(c -> c.run).toList(), none).release();
            }
        }
    }

    /** The level's three phases; null if the search stops within it. */
    private Frontier<S> phases(Workers workers, List<Chunk> chunks, Frontier<S> frontier, long base, int level,
            boolean prints, int[] open, int[] onStep, int[] onDiscovery, long room, Queue.Building building) {
        workers.run(Chunks.tasks(chunks, c -> expand(c, frontier, base, prints, open, onStep, onDiscovery, room)));
        if (aborted) {
            return null;
        }
        // Room for every successor not seen before, duplicates included: a bound that does not
        // depend on how the level was cut into chunks, so neither does the store's size. Under a
        // state limit no level stores more than room + 1 new states (see Chunks.offerInOrder); and if a
        // chunk stopped early, it listed more than room of them, so the bound is room + 1 however
        // far the other chunks got.
        long fresh = 0;
        long listed = 0;
        for (Chunk c : chunks) {
            fresh += c.fresh;
            listed += c.size;
        }
        long reserve = room == Long.MAX_VALUE ? fresh : Math.min(fresh, room + 1);
        if (!budget.affords(visited.bytesToReserve(reserve))) {
            return null;
        }
        visited.reserve(reserve);
        if (listed > room) {
            Chunks.offerInOrder(chunks, visited, room);
        } else {
            workers.run(Chunks.tasks(chunks, this::offer));
        }
        if (aborted) {
            return null;
        }
        workers.run(Chunks.tasks(chunks, c -> settle(c, onDiscovery)));
        if (aborted) {
            return null;
        }
        return assemble(chunks, base, level, open, building);
    }

    /**
     * Phase 1: expand the chunk's states, judge dead ends and steps, list candidates. The budget is
     * read as the work goes, so a limit stops even a level of slow states within a moment. The
     * state limit stops a chunk too, without changing the result: the chunk's candidates are
     * distinct states, each discovered in it or in an earlier chunk, so once it has listed more than
     * {@code room} of them the level's cut (the first discovery beyond the limit) lies at or before
     * its last candidate, and nothing after that, in it or in a later chunk, can reach the result.
     */
    @SuppressWarnings("unchecked")
    private void expand(Chunk c, Frontier<S> frontier, long base, boolean prints, int[] open, int[] onStep,
            int[] onDiscovery, long room) {
        List<A> enabled = new ArrayList<>();
        List<S> ahead = new ArrayList<>();
        LocalSeen seen = LocalSeen.of(prints);
        Batch batch = new Batch();
        Batch.Judge judge = Batch.judge(ledger, onDiscovery);
        Frontier.Cursor<S> cursor = frontier.cursor(c.from);
        Budget.Pace pace = budget.pace();
        int reported = 0;
        int pos = c.from;
        for (; pos < c.to; pos++) {
            if (aborted || !pace.go(1)) {
                aborted = true;
                return;
            }
            if (c.size > room) {
                cutAt(c.from);
                break;
            }
            if (c.from > cutFrom) {
                break;
            }
            if ((pos - c.from) % TALLY_EVERY == TALLY_EVERY - 1) {
                tally.expanded.add(TALLY_EVERY);
                tally.candidates.add(c.size - reported);
                reported = c.size;
            }
            S state = cursor.next();
            long parent = base + pos;
            enabled.clear();
            model.actions(state, enabled);
            int n = enabled.size();
            if (n > Claims.MAX_ACTIONS) {
                throw new ModelError("more than " + Claims.MAX_ACTIONS + " actions enabled in one state");
            }
            c.actions[pos - c.from] = n;
            int[] take = n > 1 && por != null ? ample(state, enabled, prints, ahead) : null;
            c.ample[pos - c.from] = take;
            int m = take == null ? n : take.length;
            c.transitions += m;
            if (n == 0) {
                for (int i : open) {
                    if (!c.hasEvidence(i) && ledger.evidenceAtEnd(i, state)) {
                        c.evidence(i, LevelEnd.key(claim(parent, 0), LevelEnd.END));
                    }
                }
                continue;
            }
            // A step back into the state itself needs no look-up: the state is stored.
            long self = prints ? model.fingerprint(state) : 0;
            for (int q = 0; q < m; q++) {
                // A state may have many slow successors: the budget is read between them too.
                if (!pace.go(1)) {
                    aborted = true;
                    return;
                }
                int j = take == null ? q : take[q];
                A action = enabled.get(j);
                // The reduced subset's successors were computed to check the proviso: reuse them.
                S next = take == null ? model.next(state, action) : ahead.get(q);
                long claim = claim(parent, j);
                for (int i : onStep) {
                    if (!c.hasEvidence(i) && ledger.evidenceOnStep(i, state, action, next)) {
                        c.evidence(i, LevelEnd.key(claim, LevelEnd.STEP));
                    }
                }
                long print = prints ? model.fingerprint(next) : 0;
                if (!prints || print != self) {
                    if (batch.add(next, print, claim)) {
                        batch.flush(visited, c, seen, judge);
                    }
                }
            }
        }
        batch.flush(visited, c, seen, judge);
        tally.expanded.add((pos - c.from) % TALLY_EVERY);
        tally.candidates.add(c.size - reported);
    }

    private synchronized void cutAt(int from) {
        cutFrom = Math.min(cutFrom, from);
    }

    /**
     * The indices of the actions to take from {@code state} under partial-order reduction, or null
     * for all of them ({@link Proviso}), "visited" meaning stored in a level up to this one: the
     * store holds exactly those while a level is expanded, so the answer does not depend on threads
     * or chunks. On a cycle of reduced states levels cannot rise all the way round, so some step on
     * it goes back to a state already stored, and the state it leaves was expanded fully.
     */
    private int[] ample(S state, List<A> enabled, boolean prints, List<S> successors) {
        return Proviso.indices(model, por, state, enabled,
                next -> visited.claim(next, prints ? model.fingerprint(next) : 0) != Visited.NONE, successors);
    }

    /** Phase 2: every candidate offers its claim; the store keeps the least per state. */
    @SuppressWarnings("unchecked")
    private void offer(Chunk c) {
        Budget.Pace pace = budget.pace();
        for (int k = 0; k < c.size; k++) {
            if (aborted || !pace.go(1)) {
                aborted = true;
                return;
            }
            visited.offer((S) c.states[k], c.prints[k], c.claims[k]);
        }
    }

    /** Phase 3: the candidates whose claim survived discover their state; judge it. */
    @SuppressWarnings("unchecked")
    private void settle(Chunk c, int[] onDiscovery) {
        c.won = new boolean[c.size];
        Budget.Pace pace = budget.pace();
        for (int k = 0; k < c.size; k++) {
            if (aborted || !pace.go(1)) {
                aborted = true;
                return;
            }
            S state = (S) c.states[k];
            if (visited.claim(state, c.prints[k]) != c.claims[k]) {
                c.states[k] = null;
                continue;
            }
            c.won[k] = true;
            c.winners++;
            for (int i : onDiscovery) {
                // A packed candidate was judged as it was listed; an object is judged now, once.
                if (!c.hasEvidence(i) && (c.run == null ? ledger.evidenceOnDiscovery(i, state) : c.evidenceOf(k, i))) {
                    c.evidence(i, LevelEnd.key(c.claims[k], LevelEnd.DISCOVERY));
                }
            }
        }
    }

    /**
     * Decides what the level found, in one-thread order, and builds the next frontier; null if the
     * search stops within this level (every property decided, or the state limit reached).
     */
    private Frontier<S> assemble(List<Chunk> chunks, long base, int level, int[] open, Queue.Building building) {
        LevelEnd end = LevelEnd.of(chunks, open, ledger.size(), budget.room(claims.size()));
        for (int i : open) {
            if (end.decides(i)) {
                ledger.decide(i, evidencePath(end.first()[i]));
            }
        }
        if (end.byStates()) {
            budget.stoppedByStates();
        }
        for (Chunk c : chunks) {
            transitions += Chunks.transitionsUpTo(c, base, end.lastClaim());
        }
        NextLevel.Winners<S> next = NextLevel.gather(chunks, end.lastAdmitted(), claims, building);
        if (next.admitted() > 0) {
            maxDepth = level + 1;
        }
        if (building != null) {
            packed = true;
        }
        queuePeak = Math.max(queuePeak, levelBytes + next.bytes());
        levelBytes = next.bytes();
        // A search that stops here leaves the packed runs to level(), which releases them.
        return end.stops() ? null : next.frontier(building);
    }

    /** The path an event key stands for: to the dead end, or through the step it names. */
    private Trail<S, A> evidencePath(long key) {
        long claim = LevelEnd.claimOf(key);
        long parent = Claims.parentOf(claim);
        return LevelEnd.isEnd(key) ? paths.to(parent) : paths.through(parent, Claims.actionOf(claim));
    }

    private Exploration finish(boolean complete) {
        tally.newLevel(claims.size(), transitions, 0);
        return new Exploration(claims.size(), transitions, maxDepth, complete, budget.exceeded(),
                visited.describe(), visited.bytes() < 0 ? -1 : visited.bytes() + claims.bytes(),
                packed ? queuePeak : -1);
    }
}
