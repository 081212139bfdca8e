package dev.sledcheck.stress.omicron;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.stress.runtime.ThreadedRuntime;
import java.util.List;
import java.util.function.Predicate;

/**
 * The omicron actors on threads, with Nexus's history: the operations the stress engines call are
 * the actors' entry points in flight at the start, the agent's drain (its next poke) or its retry
 * of a PUT whose reply was lost, one watcher pass, and the user's stop. Each runs to completion on
 * the calling thread, at most once. Faults are the checker's to explore: here one can only have
 * struck in the start schedule.
 */
public final class OmicronThreads {

    private final ThreadedRuntime<Msg, Db> runtime;
    private final NexusHistory history;

    public OmicronThreads(ActorSystem<Msg, Db> system, SystemState<Msg, Db> start, Predicate<Envelope<Msg>> deferred) {
        this.history = new NexusHistory(start.store());
        this.runtime = new ThreadedRuntime<>(system, start, deferred, history);
    }

    /** The agent's drain: the poke in flight at the start, and everything it leads to. */
    public void drain() {
        runtime.run(root(Msg.Poke.class));
    }

    /**
     * The agent's retry after a lost reply (a fault in the start schedule): the failed PUT's notice
     * in flight at the start, the PUT sent again, and everything it leads to.
     */
    public void retry() {
        runtime.run(root(Msg.PutFailed.class));
    }

    /** One watcher pass: the pass in flight at the start, and everything it leads to. */
    public void watcherPass() {
        runtime.run(root(Msg.Pass.class));
    }

    /** The user's stop in flight at the start, and everything it leads to. */
    public void userStop() {
        runtime.run(root(Msg.BeginStop.class));
    }

    public NexusHistory history() {
        return history;
    }

    public Findings findings() {
        return history.findings();
    }

    /** The actors' states and the store; for when no thread runs. */
    public SystemState<Msg, Db> snapshot() {
        return runtime.snapshot();
    }

    private Envelope<Msg> root(Class<? extends Msg> kind) {
        List<Envelope<Msg>> roots = runtime.roots();
        for (Envelope<Msg> e : roots) {
            if (kind.isInstance(e.msg())) {
                return e;
            }
        }
        throw new IllegalStateException("no " + kind.getSimpleName() + " in flight at the start: " + roots);
    }
}
