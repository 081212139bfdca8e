package dev.sledcheck.model.omicron.agent;

import dev.sledcheck.model.core.Fingerprints;
import dev.sledcheck.model.omicron.Ids;
import dev.sledcheck.model.omicron.Propolis;
import dev.sledcheck.model.omicron.VmmId;
import dev.sledcheck.model.omicron.VmmState;
import java.util.ArrayList;
import java.util.List;

/**
 * A VMM as a sled agent holds it: (state, gen) and the propolis states still to come (queued by
 * the simulation, or observed by the real runner). Each applied state bumps gen by exactly 1.
 */
public record Vmm(VmmId id, VmmState state, int gen, List<Propolis> queue) {

    public Vmm {
        queue = List.copyOf(queue);
    }

    /**
     * A stop request (sled-agent/src/sim/instance.rs @BUG): Running, or Starting with a pending
     * Running, goes at once to Stopping at gen + 1 and queues Stopping, Stopped, Destroyed after
     * whatever is pending; Starting with nothing queued goes straight to Destroyed at gen + 1;
     * Stopping, Stopped and Destroyed are left alone.
     */
    public Vmm stopped() {
        boolean startingIdle = state == VmmState.STARTING && queue.isEmpty();
        if (startingIdle) {
            return new Vmm(id, VmmState.DESTROYED, gen + 1, List.of());
        }
        if (state == VmmState.STARTING || state == VmmState.RUNNING) {
            List<Propolis> q = new ArrayList<>(queue);
            q.add(Propolis.STOPPING);
            q.add(Propolis.STOPPED);
            q.add(Propolis.DESTROYED);
            return new Vmm(id, VmmState.STOPPING, gen + 1, q);
        }
        return this;
    }

    /** Applies the next queued propolis state at gen + 1. */
    public Vmm advanced() {
        if (queue.isEmpty()) {
            throw new IllegalStateException(id + " has nothing queued");
        }
        return new Vmm(id, queue.get(0).vmmState(), gen + 1, queue.subList(1, queue.size()));
    }

    public boolean drained() {
        return queue.isEmpty();
    }

    /** Destroyed with nothing left to apply: the agent should forget it (after publishing, per RFD 486). */
    public boolean finished() {
        return state == VmmState.DESTROYED && queue.isEmpty();
    }

    /** This VMM under another id (symmetry's renaming). */
    Vmm withIds(Ids f) {
        return new Vmm(f.vmm(id), state, gen, queue);
    }

    /** State, gen and what is to come, as reports show it. */
    String describe() {
        return state + " gen " + gen + (drained() ? "" : ", to come " + queue);
    }

    /** A hash of its state, gen and queue, the id left out. */
    long slice() {
        return Fingerprints.of(state.ordinal() | (long) gen << 8, queue);
    }

    @Override
    public String toString() {
        return id + " " + state + " gen " + gen + (queue.isEmpty() ? "" : " queued " + queue);
    }
}
