package dev.sledcheck.stress.runtime;

import dev.sledcheck.model.actor.Access;
import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Ctx;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.Note;
import dev.sledcheck.model.actor.Pending;
import dev.sledcheck.model.actor.SystemState;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * An {@link ActorSystem}'s actors, unchanged, on real threads. Each actor's state sits behind its
 * own lock; a step of a {@link Access#STORE} actor also holds the one store lock, always taken
 * after the actor's (a LOCAL actor takes it only when an observer reads the store, in the same
 * order, so no cycle of waits can form). A thread that calls {@link #run} delivers the root message
 * and then everything its steps send, itself, in {@link Pending}'s order (no executor, no other
 * thread: so Lincheck sees and controls every switch), with an explicit work list rather than
 * recursion because a drain's poke, PUT, 204 chain is long.
 *
 * <p>Two steps of different threads either share a lock (then one runs before the other) or touch
 * disjoint state (then they commute), so every execution is some interleaving of whole steps: the
 * runs of {@link dev.sledcheck.model.actor.SameThread} over the same system, start and order.
 */
public final class ThreadedRuntime<M, G> {

    private final ActorSystem<M, G> system;
    private final Predicate<? super Envelope<M>> deferred;
    private final StepObserver<M, G> observer;
    private final List<Envelope<M>> roots;
    /** One monitor per actor, by id index; guards {@code states[i]}. */
    private final Object[] locks;
    private final Object[] states;
    private final Object storeLock = new Object();
    /** Guarded by {@code storeLock}. */
    private G store;

    /**
     * @param start    actors' states, store, and the messages in flight, each the root of one
     *                 operation (one call of {@link #run})
     * @param deferred the messages a thread delivers only when it has nothing else to do
     * @param observer told of every step while it is atomic
     */
    public ThreadedRuntime(ActorSystem<M, G> system, SystemState<M, G> start,
                           Predicate<? super Envelope<M>> deferred, StepObserver<M, G> observer) {
        this.system = Objects.requireNonNull(system, "system");
        // Real threads have a real network and no model of a clock: faults and timers that fire
        // "at any moment" are the checker's to explore, not something this runtime can stage. A
        // model's own faults (ActorSystem.hasFaults) are never taken here either: a run starts
        // from a state one reached, and delivers every message from there.
        if (!system.network().reliable() || system.hasTimers()) {
            throw new IllegalArgumentException("the threaded runtime runs systems with a reliable network and no timers");
        }
        this.deferred = Objects.requireNonNull(deferred, "deferred");
        this.observer = Objects.requireNonNull(observer, "observer");
        this.roots = start.network();
        this.states = start.actors().toArray();
        this.locks = new Object[states.length];
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
        this.store = start.store();
    }

    /** The messages in flight at the start, in network order: one operation each. */
    public List<Envelope<M>> roots() {
        return roots;
    }

    /** Delivers {@code root} and everything it causes, on the calling thread, until none is left. */
    public void run(Envelope<M> root) {
        Pending<M> work = Pending.of(root);
        while (!work.isEmpty()) {
            work = work.after(deliver(work.next()), deferred);
        }
    }

    /**
     * Every actor's state and the store, taking every lock in the runtime's order. Meant for when
     * no thread runs; messages in flight are not tracked, so the network is empty.
     */
    public SystemState<M, G> snapshot() {
        return snapshot(0);
    }

    private SystemState<M, G> snapshot(int from) {
        if (from == locks.length) {
            synchronized (storeLock) {
                return new SystemState<>(List.of(Arrays.copyOf(states, states.length)), store, List.of());
            }
        }
        synchronized (locks[from]) {
            return snapshot(from + 1);
        }
    }

    /** One step: the receiver's handler under its lock (and the store's), then the observer. */
    private List<Envelope<M>> deliver(Envelope<M> e) {
        ActorSystem.Entry<M, G> entry = system.entry(e.dst());
        int i = entry.id().index();
        synchronized (locks[i]) {
            if (entry.access() == Access.STORE) {
                synchronized (storeLock) {
                    G before = store;
                    Ctx<M, G> ctx = new Ctx<>(entry.id(), Access.STORE, before, true);
                    states[i] = Objects.requireNonNull(
                            entry.actor().receive(entry.id(), states[i], e.src(), e.msg(), ctx), "handler returned null");
                    store = ctx.currentStore();
                    observer.stepped(new StoreStep<>(e, ctx.notes(), before, store));
                    return ctx.sent();
                }
            }
            Ctx<M, G> ctx = new Ctx<>(entry.id(), Access.LOCAL, null, true);
            states[i] = Objects.requireNonNull(
                    entry.actor().receive(entry.id(), states[i], e.src(), e.msg(), ctx), "handler returned null");
            observer.stepped(new LocalStep(e, ctx.notes()));
            return ctx.sent();
        }
    }

    /** A STORE actor's step: both stores captured under the lock. */
    private record StoreStep<M, G>(Envelope<M> delivered, List<Note> notes, G storeBefore, G storeAfter)
            implements StepView<M, G> {
        @Override
        public Access access() {
            return Access.STORE;
        }
    }

    /** A LOCAL actor's step: the store is read, under its lock, only if the observer asks. */
    private final class LocalStep implements StepView<M, G> {
        private final Envelope<M> delivered;
        private final List<Note> notes;

        LocalStep(Envelope<M> delivered, List<Note> notes) {
            this.delivered = delivered;
            this.notes = notes;
        }

        @Override
        public Envelope<M> delivered() {
            return delivered;
        }

        @Override
        public Access access() {
            return Access.LOCAL;
        }

        @Override
        public List<Note> notes() {
            return notes;
        }

        @Override
        public G storeBefore() {
            synchronized (storeLock) {
                return store;
            }
        }

        @Override
        public G storeAfter() {
            return storeBefore();
        }
    }
}
