package dev.sledcheck.model.actor;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Builds the state one step of an {@link ActorSystem} leads to. This is the hot path of every
 * search, so it works on arrays: the actors' states are copied only when the receiver's changed,
 * the network is copied once without the delivered envelope and the new ones are inserted in
 * order, and the fingerprint parts are updated rather than recomputed (see {@link SystemState}).
 */
final class Successor {
    private Successor() {}

    /**
     * The successor of {@code state} when {@code action} happens to the envelope in flight it
     * names: delivered (the receiver's handler ran with {@code ctx}), lost (no handler ran),
     * delivered with a copy kept in flight, or struck by a fault (its notice's receiver ran).
     */
    @SuppressWarnings("unchecked")
    static <M, G> SystemState<M, G> of(ActorSystem<M, G> system, SystemState<M, G> state, Envelope<M> action,
            Object after, Ctx<M, G> ctx) {
        Object[] network = ((Frozen<Envelope<M>>) state.network()).items();
        Envelope.Fate fate = action.fate();
        // A fault takes its victim out of flight; its notice was never in flight.
        int at = indexOf(network, fate == Envelope.Fate.FAULT ? action.victim() : action);
        if (at < 0) {
            throw new IllegalArgumentException("not in flight: " + action);
        }
        int index = action.dst().index();
        Frozen<Object> actorStates = (Frozen<Object>) state.actors();
        long[] actorPrints = state.actorPrints();
        long actorSum = state.actorSum();
        if (fate != Envelope.Fate.LOSE && after != actorStates.get(index)) {
            Object[] copy = actorStates.toArrayCopy();
            copy[index] = after;
            actorStates = Frozen.owning(copy);
            actorPrints = actorPrints.clone();
            long print = SystemState.actorPrint(index, after);
            actorSum += print - actorPrints[index];
            actorPrints[index] = print;
        }
        G store = ctx.currentStore();
        long storePrint = store == state.store() ? state.storePrint() : SystemState.storePrint(store);

        Id self = action.dst();
        List<Envelope<M>> sent = ctx.sent();
        List<M> cancelled = ctx.timersCancelled();
        List<M> set = ctx.timersSet();
        boolean keep = fate == Envelope.Fate.DUPLICATE;
        Object[] next = new Object[network.length - (keep ? 0 : 1) + sent.size() + set.size()];
        int size;
        long networkSum = state.networkSum();
        if (keep) {
            System.arraycopy(network, 0, next, 0, network.length);
            size = network.length;
        } else {
            System.arraycopy(network, 0, next, 0, at);
            System.arraycopy(network, at + 1, next, at, network.length - at - 1);
            size = network.length - 1;
            networkSum -= ((Envelope<?>) network[at]).fingerprint();
        }
        Comparator<Object> byOrder = (Comparator<Object>) (Comparator<?>) system.order();
        for (M timer : cancelled) {
            Envelope<M> t = Envelope.timer(self, timer);
            int pos = Arrays.binarySearch(next, 0, size, t, byOrder);
            if (pos >= 0 && next[pos].equals(t)) {
                System.arraycopy(next, pos + 1, next, pos, size - pos - 1);
                size--;
                networkSum -= t.fingerprint();
            }
        }
        for (M timer : set) {
            Envelope<M> t = Envelope.timer(self, timer);
            int pos = Arrays.binarySearch(next, 0, size, t, byOrder);
            if (pos < 0 || !next[pos].equals(t)) {
                size = insert(next, size, t, byOrder);
                networkSum += t.fingerprint();
            }
        }
        for (Envelope<M> s : sent) {
            size = insert(next, size, s, byOrder);
            networkSum += s.fingerprint();
        }
        Object[] items = size == next.length ? next : Arrays.copyOf(next, size);
        int lost = state.lost() + (fate == Envelope.Fate.LOSE ? 1 : 0);
        int duplicated = state.duplicated() + (keep ? 1 : 0);
        return new SystemState<>(actorStates, actorPrints, actorSum, store, storePrint, Frozen.owning(items),
                networkSum, lost, duplicated);
    }

    /** Inserts {@code e} at its place among the first {@code size} of {@code into}; the new size. */
    private static int insert(Object[] into, int size, Object e, Comparator<Object> byOrder) {
        int pos = Arrays.binarySearch(into, 0, size, e, byOrder);
        int at = pos < 0 ? -pos - 1 : pos;
        System.arraycopy(into, at, into, at + 1, size - at);
        into[at] = e;
        return size + 1;
    }

    /**
     * Where the envelope {@code action} acts on sits in the network: by identity first (actions
     * hands out the network's own for a delivery), else by value, its fate aside.
     */
    private static int indexOf(Object[] network, Envelope<?> action) {
        for (int i = 0; i < network.length; i++) {
            if (network[i] == action) {
                return i;
            }
        }
        Object plain = action.with(Envelope.Fate.DELIVER);
        for (int i = 0; i < network.length; i++) {
            if (network[i].equals(plain)) {
                return i;
            }
        }
        return -1;
    }

    /** The handler's next state for a delivery (the receiver's own for a loss, which runs none). */
    static <M, G> Object run(ActorSystem.Entry<M, G> e, Object before, Envelope<M> action, Ctx<M, G> ctx) {
        if (action.fate() == Envelope.Fate.LOSE) {
            return before;
        }
        Object after = action.isTimer()
                ? e.actor().timeout(e.id(), before, action.msg(), ctx)
                : e.actor().receive(e.id(), before, action.src(), action.msg(), ctx);
        return Objects.requireNonNull(after, "handler returned null");
    }
}
