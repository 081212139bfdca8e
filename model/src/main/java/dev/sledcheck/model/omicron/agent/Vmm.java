package dev.sledcheck.model.omicron.agent;

import dev.sledcheck.model.fingerprint.Fingerprints;
import dev.sledcheck.model.omicron.Ids;
import dev.sledcheck.model.omicron.Propolis;
import dev.sledcheck.model.omicron.VmmId;
import dev.sledcheck.model.omicron.VmmState;
import java.util.ArrayList;
import java.util.List;

/**
 * A VMM as a sled agent holds it: (state, gen), the propolis states still to come (queued by the
 * simulation, or to be observed by the real runner), and whether a queued propolis Destroyed has
 * been applied. Each applied state bumps gen by exactly 1.
 *
 * @param destroyed the simulated instance's {@code destroyed} flag (sled-agent/src/sim/instance.rs
 *                  L298-300 @d337333577c5): set only by applying a queued Destroyed, not by a
 *                  rude termination, so only such a VMM is ever removed from the simulated table
 */
public record Vmm(VmmId id, VmmState state, int gen, List<Propolis> queue, boolean destroyed) {

    public Vmm {
        queue = List.copyOf(queue);
    }

    /** A VMM as registered: {@code state} at {@code gen}, nothing to come. */
    public static Vmm registered(VmmId id, VmmState state, int gen) {
        return new Vmm(id, state, gen, List.of(), false);
    }

    /**
     * The state the simulated VMM comes to rest in once its queue is drained: the last queued
     * propolis state's, or the current state when nothing is queued ({@code next_resting_state},
     * sim/instance.rs L350-375 @d337333577c5).
     */
    public VmmState resting() {
        return queue.isEmpty() ? state : queue.get(queue.size() - 1).resting();
    }

    /**
     * The simulated instance's answer to a stop ({@code request_transition}, Stopped arm,
     * sim/instance.rs L238-259 @d337333577c5), decided on the resting state: Starting is
     * terminated rudely (Destroyed at gen + 1, nothing queued, not marked destroyed); Running stops
     * gracefully (Stopping at gen + 1, then propolis Stopping, Stopped, Destroyed queued after
     * whatever is pending); Stopping, Stopped and Destroyed are left alone (a stop while a stop is
     * pending is a no-op). Returns {@code this} when nothing changed.
     */
    public Vmm stopAsSimulated() {
        switch (resting()) {
            case STARTING:
                return new Vmm(id, VmmState.DESTROYED, gen + 1, queue, destroyed);
            case RUNNING:
                return new Vmm(id, VmmState.STOPPING, gen + 1, withStopQueued(), destroyed);
            case STOPPING:
            case STOPPED:
            case DESTROYED:
                return this;
            default:
                // Rebooting, Migrating, Failed: a 400 in omicron; no simulated VMM of the model gets there.
                throw new IllegalStateException("the model has no stop for a simulated VMM resting " + resting());
        }
    }

    /**
     * The real runner's answer to a stop while its propolis zone exists ({@code
     * InstanceRunner::put_state}, sled-agent/src/instance.rs L2062-2077 and L2114-2116 @2d0031ce6d50,
     * L2144-2160 and L2214-2216 @dbcd860db265): propolis is asked to stop and the VMM goes to
     * Stopping at gen + 1, always, even when it already is Stopping. Propolis reports Stopping,
     * Stopped, Destroyed from then on unless it is stopping already.
     */
    public Vmm stopAsRunner() {
        boolean stopping = resting() == VmmState.STOPPING || resting() == VmmState.STOPPED
                || resting() == VmmState.DESTROYED;
        return new Vmm(id, VmmState.STOPPING, gen + 1, stopping ? queue : withStopQueued(), destroyed);
    }

    /** Destroyed at gen + 1 without propolis saying so: a rude termination ({@code terminate_rudely}). */
    public Vmm terminatedRudely() {
        return new Vmm(id, VmmState.DESTROYED, gen + 1, List.of(), destroyed);
    }

    /** The Run request queues propolis Running on a VMM that rests in Starting (sim/instance.rs L211-237). */
    public Vmm runRequested() {
        if (resting() != VmmState.STARTING) {
            return this;
        }
        List<Propolis> q = new ArrayList<>(queue);
        q.add(Propolis.RUNNING);
        return new Vmm(id, state, gen, q, destroyed);
    }

    private List<Propolis> withStopQueued() {
        List<Propolis> q = new ArrayList<>(queue);
        q.add(Propolis.STOPPING);
        q.add(Propolis.STOPPED);
        q.add(Propolis.DESTROYED);
        return q;
    }

    /** Applies the next queued propolis state at gen + 1; a propolis Destroyed marks it destroyed. */
    public Vmm advanced() {
        if (queue.isEmpty()) {
            throw new IllegalStateException(id + " has nothing queued");
        }
        Propolis next = queue.get(0);
        return new Vmm(id, next.vmmState(), gen + 1, queue.subList(1, queue.size()),
                destroyed || next == Propolis.DESTROYED);
    }

    public boolean drained() {
        return queue.isEmpty();
    }

    /**
     * Destroyed by propolis with nothing left to apply: the simulated agent forgets it ({@code
     * desired().is_none() && ready_to_destroy()}, sim/collection.rs L258-264), before publishing
     * under the bug, after per RFD 486; the real runner has observed its end.
     */
    public boolean finished() {
        return destroyed && queue.isEmpty();
    }

    /** This VMM under another id (symmetry's renaming). */
    Vmm withIds(Ids f) {
        return new Vmm(f.vmm(id), state, gen, queue, destroyed);
    }

    /** State, gen and what is to come, as reports show it. */
    String describe() {
        return state + " gen " + gen + (drained() ? "" : ", to come " + queue);
    }

    /** A hash of its state, gen, queue and flag, the id left out. */
    long slice() {
        return Fingerprints.of(state.ordinal() | (long) gen << 8 | (destroyed ? 1L << 40 : 0), queue);
    }

    @Override
    public String toString() {
        return id + " " + state + " gen " + gen + (queue.isEmpty() ? "" : " queued " + queue);
    }
}
