package dev.sledcheck.checker;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.PartialOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;

/**
 * One walk of a swarm search: a depth-first search that takes the initial states and each state's
 * actions in an order drawn from its own seed, remembers what it visited in its own {@link
 * Bitstate}, expands no state deeper than the depth bound, and stops once it has a run for every
 * property, once its filter is full, or when the budget says so. A run ending in a violation is the
 * stack the walk stood on; each property keeps the shortest such run the walk met.
 *
 * <p>What a walk can judge soundly, it judges: a state predicate on every state it visits, a step
 * predicate on every step it takes, and an at-end predicate on a state with no enabled action,
 * which it sees as such even at the depth bound (it asks for the actions). A state at the bound
 * that has actions is not a dead end, and is never judged as one; so nothing a walk reports is
 * false. What it misses is another matter: a state first met near the bound and met again higher up
 * is not expanded twice (the filter cannot hold depths), and a filter collision hides a state. The
 * other walks' orders and salts miss other things.
 */
final class Walk<S, A> {

    /**
     * What a walk found, per property (in the ledger's order) the shortest run that decides it, or
     * null; {@code cut} when the budget stopped it before it was done.
     */
    record Found<S, A>(List<Trail<S, A>> runs, long states, long transitions, int maxDepth, boolean cut) {}

    private final Model<S, A> model;
    private final Ledger<S, A> ledger;
    private final PartialOrder<S, A> por;
    private final int depth;
    private final SplitMix random;
    private final WalkOrder<S, A> order;
    private final Bitstate seen;
    private final Budget.Pace pace;
    private final BooleanSupplier abandoned;
    private final List<Frame<S, A>> stack = new ArrayList<>();
    private final List<Trail<S, A>> runs = new ArrayList<>();
    private int decided;
    private long states;
    private long transitions;
    private int maxDepth;
    private int root;

    private Walk(Model<S, A> model, Ledger<S, A> ledger, PartialOrder<S, A> por, int depth, long seed,
            Budget budget, BooleanSupplier abandoned) {
        this.model = model;
        this.ledger = ledger;
        this.por = por;
        this.depth = depth;
        this.random = new SplitMix(seed);
        this.seen = new Bitstate(random.nextLong());
        this.order = new WalkOrder<>(model, random);
        this.pace = budget.pace();
        this.abandoned = abandoned;
        for (int i = 0; i < ledger.size(); i++) {
            runs.add(null);
        }
    }

    /** Walks {@code model} from {@code seed}; {@code abandoned} says the result is no longer wanted. */
    static <S, A> Found<S, A> run(Model<S, A> model, Ledger<S, A> ledger, PartialOrder<S, A> por, int depth,
            long seed, Budget budget, BooleanSupplier abandoned) {
        return new Walk<>(model, ledger, por, depth, seed, budget, abandoned).walk();
    }

    private Found<S, A> walk() {
        List<S> roots = model.initialStates();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < roots.size(); i++) {
            starts.add(i);
        }
        random.shuffle(starts);
        boolean cut = false;
        walk:
        for (int r : starts) {
            root = r;
            if (!enter(roots.get(r))) {
                break;
            }
            while (!stack.isEmpty()) {
                Frame<S, A> top = stack.get(stack.size() - 1);
                if (top.next == top.actions.size()) {
                    stack.remove(stack.size() - 1);
                    continue;
                }
                if (!pace.go(1) || abandoned.getAsBoolean()) {
                    cut = true;
                    break walk;
                }
                A action = top.actions.get(top.next++);
                transitions++;
                S next = model.next(top.state, action);
                int through = stack.size();
                judge(through, i -> ledger.evidenceOnStep(i, top.state, action, next));
                if (!enter(next)) {
                    break walk;
                }
            }
        }
        return new Found<>(Collections.unmodifiableList(runs), states, transitions, maxDepth, cut);
    }

    /**
     * Visits {@code state}, the target of every frame's last action: judges it and pushes it unless
     * it was seen or lies at the bound. False when the walk is done: a run for every property, or
     * the filter full.
     */
    private boolean enter(S state) {
        if (!seen.add(model.fingerprint(state))) {
            return true;
        }
        int at = stack.size();
        states++;
        maxDepth = Math.max(maxDepth, at);
        judge(at, i -> ledger.evidenceOnDiscovery(i, state));
        List<A> actions = new ArrayList<>();
        model.actions(state, actions);
        if (actions.isEmpty()) {
            judge(at, i -> ledger.evidenceAtEnd(i, state));
        }
        if ((decided == runs.size() && !runs.isEmpty()) || seen.full()) {
            return false;
        }
        if (at < depth && !actions.isEmpty()) {
            if (por != null && actions.size() > 1) {
                actions = ample(state, actions);
            }
            stack.add(new Frame<>(state, order.arrange(state, actions)));
        }
        return true;
    }

    /**
     * Keeps, for each property the test says is decided by the run through the bottom {@code
     * frames} frames, that run if it is the walk's shortest; a property with a run as short or
     * shorter is not even tested.
     */
    private void judge(int frames, IntPredicate evidence) {
        for (int i = 0; i < runs.size(); i++) {
            Trail<S, A> best = runs.get(i);
            if ((best == null || best.moves().size() > frames) && evidence.test(i)) {
                runs.set(i, path(frames));
                decided += best == null ? 1 : 0;
            }
        }
    }

    /** The model's persistent subset, with the cycle proviso against the walk's filter ({@link Proviso}). */
    private List<A> ample(S state, List<A> actions) {
        return Proviso.ample(model, por, state, actions, next -> seen.contains(model.fingerprint(next)));
    }

    private Trail<S, A> path(int frames) {
        return Frame.path(root, stack, frames);
    }
}
