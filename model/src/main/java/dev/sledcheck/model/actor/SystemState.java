package dev.sledcheck.model.actor;

import dev.sledcheck.model.fingerprint.Fingerprinted;
import dev.sledcheck.model.fingerprint.Fingerprints;
import java.util.List;
import java.util.Objects;

/**
 * A state of an {@link ActorSystem}: every actor's state (by {@link Id#index()}), the shared
 * store, the messages and timers in flight (a multiset kept sorted, so equal multisets are equal
 * lists), and how many faults a faulty {@link Network} has spent.
 *
 * <p>A value with a cached 64-bit {@link #fingerprint()}, which is also where {@link #hashCode()}
 * comes from. The fingerprint is kept in parts so that a successor pays only for what its step
 * changed: one fingerprint per actor (the unchanged ones are shared with the predecessor), the
 * store's (recomputed only when the step replaced the store), and the network's as a sum of its
 * envelopes' fingerprints (a multiset hash: the delivered one is subtracted, the sent ones added).
 */
public final class SystemState<M, G> implements Fingerprinted {

    private static final long STORE_SALT = 0x5707_E000L;
    private static final long ACTOR_SALT = 0xAC70_0000L;

    private final List<Object> actors;
    private final G store;
    private final List<Envelope<M>> network;

    private final long[] actorPrints;
    private final long actorSum;
    private final long storePrint;
    private final long networkSum;
    private final int lost;
    private final int duplicated;
    private final long fingerprint;

    /** A state from its parts; the fingerprint is computed from scratch. */
    public SystemState(List<Object> actors, G store, List<Envelope<M>> network) {
        this(actors, store, network, 0, 0);
    }

    /** As above, on a faulty network that has lost and duplicated that many messages. */
    SystemState(List<Object> actors, G store, List<Envelope<M>> network, int lost, int duplicated) {
        this.actors = Frozen.copyOf(actors);
        this.store = store;
        this.network = Frozen.copyOf(network);
        this.actorPrints = new long[this.actors.size()];
        long sum = 0;
        for (int i = 0; i < actorPrints.length; i++) {
            actorPrints[i] = actorPrint(i, this.actors.get(i));
            sum += actorPrints[i];
        }
        this.actorSum = sum;
        this.storePrint = storePrint(store);
        long net = 0;
        for (Envelope<M> e : this.network) {
            net += envelopePrint(e);
        }
        this.networkSum = net;
        this.lost = lost;
        this.duplicated = duplicated;
        this.fingerprint = combine(actorSum, storePrint, networkSum, lost, duplicated);
    }

    /** A successor's state with its fingerprint parts already updated ({@link ActorSystem}'s step). */
    SystemState(Frozen<Object> actors, long[] actorPrints, long actorSum, G store, long storePrint,
            Frozen<Envelope<M>> network, long networkSum, int lost, int duplicated) {
        this.actors = actors;
        this.store = store;
        this.network = network;
        this.actorPrints = actorPrints;
        this.actorSum = actorSum;
        this.storePrint = storePrint;
        this.networkSum = networkSum;
        this.lost = lost;
        this.duplicated = duplicated;
        this.fingerprint = combine(actorSum, storePrint, networkSum, lost, duplicated);
    }

    public List<Object> actors() {
        return actors;
    }

    public G store() {
        return store;
    }

    public List<Envelope<M>> network() {
        return network;
    }

    /** The state of actor {@code id}, cast to the type the caller knows it has. */
    @SuppressWarnings("unchecked")
    public <S> S actor(Id id) {
        return (S) actors.get(id.index());
    }

    /** The messages the network has lost so far (0 on a reliable one). */
    public int lost() {
        return lost;
    }

    /** The messages the network has duplicated so far (0 on a reliable one). */
    public int duplicated() {
        return duplicated;
    }

    /** A 64-bit fingerprint of the whole state, the same in every JVM run. */
    @Override
    public long fingerprint() {
        return fingerprint;
    }

    long[] actorPrints() {
        return actorPrints;
    }

    long actorSum() {
        return actorSum;
    }

    long storePrint() {
        return storePrint;
    }

    long networkSum() {
        return networkSum;
    }

    static long actorPrint(int index, Object actorState) {
        return Fingerprints.of(ACTOR_SALT + index, actorState);
    }

    static long storePrint(Object store) {
        return Fingerprints.of(STORE_SALT, store);
    }

    static long envelopePrint(Envelope<?> e) {
        return e.fingerprint();
    }

    private static long combine(long actorSum, long storePrint, long networkSum, int lost, int duplicated) {
        long h = Fingerprints.word(Fingerprints.word(actorSum, storePrint), networkSum);
        if (lost != 0 || duplicated != 0) { // a reliable network's states keep the prints they always had
            h = Fingerprints.word(h, (long) lost << 32 | duplicated);
        }
        return Fingerprints.mix(h);
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof SystemState<?, ?> s) || s.fingerprint != fingerprint || s.lost != lost
                || s.duplicated != duplicated) {
            return false;
        }
        return actors.equals(s.actors) && (store == s.store || Objects.equals(store, s.store))
                && network.equals(s.network);
    }

    @Override
    public int hashCode() {
        return (int) (fingerprint ^ (fingerprint >>> 32));
    }

    @Override
    public String toString() {
        String faults = lost == 0 && duplicated == 0 ? "" : ", lost=" + lost + ", duplicated=" + duplicated;
        return "SystemState[actors=" + actors + ", store=" + store + ", network=" + network + faults + "]";
    }
}
