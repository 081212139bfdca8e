package dev.sledcheck.model.actor;

import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * An {@link ActorSystem} narrowed to what a threaded runtime that delivers every message on the
 * thread that sent it can do: each message in flight at the start is the root of one thread, and a
 * thread delivers its messages one at a time in the fixed order of {@link Pending}. The only
 * freedom left is which thread steps next, exactly the freedom the runtime's scheduler has.
 *
 * <p>Every run of this model is a run of the full system (same steps, same tokens), so a schedule
 * found here replays there; the converse does not hold: a violation found only in the full system
 * needs a delivery order no thread of the runtime takes. Properties are the system's own, judged on
 * the {@linkplain #view system state} each state stands for.
 */
public final class SameThread<G, M> implements Model<SameThread.State<G, M>, SameThread.Turn<M>> {

    /** The actors' states, the store, and each thread's work (threads keep their index when done). */
    public record State<G, M>(List<Object> actors, G store, List<Pending<M>> threads) {
        public State {
            threads = List.copyOf(threads);
        }
    }

    /** Thread {@code thread} delivers its next message, {@code envelope}. */
    public record Turn<M>(int thread, Envelope<M> envelope) {}

    private final ActorSystem<G, M> system;
    private final SystemState<G, M> start;
    private final Predicate<? super Envelope<M>> deferred;
    private final List<Property<State<G, M>, Turn<M>>> properties;

    /**
     * @param start    the system state to start from; each of its messages in flight starts a thread
     *                 (in network order)
     * @param deferred the messages a thread delivers only when it has nothing else to do
     */
    public SameThread(ActorSystem<G, M> system, SystemState<G, M> start, Predicate<? super Envelope<M>> deferred) {
        this.system = Objects.requireNonNull(system, "system");
        this.start = Objects.requireNonNull(start, "start");
        this.deferred = Objects.requireNonNull(deferred, "deferred");
        List<Property<State<G, M>, Turn<M>>> ps = new ArrayList<>();
        for (Property<SystemState<G, M>, Envelope<M>> p : system.properties()) {
            ps.add(narrowed(p));
        }
        this.properties = List.copyOf(ps);
    }

    /** From the system's first initial state. */
    public static <G, M> SameThread<G, M> fromInitial(ActorSystem<G, M> system, Predicate<? super Envelope<M>> deferred) {
        return new SameThread<>(system, system.initialStates().get(0), deferred);
    }

    public ActorSystem<G, M> system() {
        return system;
    }

    /** The system state a state of this model stands for: the messages still to deliver are in flight. */
    public SystemState<G, M> view(State<G, M> s) {
        List<Envelope<M>> network = new ArrayList<>();
        for (Pending<M> p : s.threads()) {
            network.addAll(p.all());
        }
        network.sort(system.order());
        return new SystemState<>(s.actors(), s.store(), Collections.unmodifiableList(network));
    }

    @Override
    public List<State<G, M>> initialStates() {
        List<Pending<M>> threads = new ArrayList<>();
        for (Envelope<M> root : start.network()) {
            threads.add(Pending.of(root));
        }
        return List.of(new State<>(start.actors(), start.store(), threads));
    }

    @Override
    public void actions(State<G, M> state, List<Turn<M>> into) {
        List<Pending<M>> threads = state.threads();
        for (int t = 0; t < threads.size(); t++) {
            if (!threads.get(t).isEmpty()) {
                into.add(new Turn<>(t, threads.get(t).next()));
            }
        }
    }

    @Override
    public State<G, M> next(State<G, M> state, Turn<M> turn) {
        return step(state, turn, system.transition(view(state), turn.envelope()));
    }

    /** The step {@code turn} takes, with its notes: for logs and for judges of runs. */
    public ActorSystem.Transition<G, M> explain(State<G, M> state, Turn<M> turn) {
        return system.explain(view(state), turn.envelope());
    }

    /** The state after {@code turn}, given the transition it makes. */
    public State<G, M> step(State<G, M> state, Turn<M> turn, ActorSystem.Transition<G, M> t) {
        List<Pending<M>> threads = new ArrayList<>(state.threads());
        threads.set(turn.thread(), threads.get(turn.thread()).after(t.sent(), deferred));
        return new State<>(t.after().actors(), t.after().store(), threads);
    }

    @Override
    public List<Property<State<G, M>, Turn<M>>> properties() {
        return properties;
    }

    /**
     * The system's token; {@code @t<thread>} is added only when another thread's next message has
     * the same token, so that tokens stay unique and most schedules replay in the full system.
     */
    @Override
    public String token(State<G, M> state, Turn<M> turn) {
        String token = system.token(view(state), turn.envelope());
        List<Pending<M>> threads = state.threads();
        for (int t = 0; t < threads.size(); t++) {
            if (t != turn.thread() && !threads.get(t).isEmpty() && threads.get(t).next().equals(turn.envelope())) {
                return token + "@t" + turn.thread();
            }
        }
        return token;
    }

    @Override
    public String actor(State<G, M> state, Turn<M> turn) {
        return system.actor(view(state), turn.envelope());
    }

    @Override
    public String sender(State<G, M> state, Turn<M> turn) {
        return system.sender(view(state), turn.envelope());
    }

    @Override
    public String describe(State<G, M> state, Turn<M> turn) {
        return system.describe(view(state), turn.envelope());
    }

    @Override
    public dev.sledcheck.model.core.Ledger ledger() {
        return system.ledger();
    }

    /** The system's facets, then each thread's work in delivery order. */
    @Override
    public List<Facet> facets(State<G, M> state) {
        SystemState<G, M> view = view(state);
        List<Facet> out = new ArrayList<>(system.facets(view));
        for (int t = 0; t < state.threads().size(); t++) {
            List<String> tokens = new ArrayList<>();
            for (Envelope<M> e : state.threads().get(t).all()) {
                tokens.add(system.token(view, e));
            }
            out.add(new Facet("thread " + t, tokens.isEmpty() ? "done" : String.join(" ", tokens)));
        }
        return out;
    }

    private Property<State<G, M>, Turn<M>> narrowed(Property<SystemState<G, M>, Envelope<M>> p) {
        if (p instanceof Property.Always<SystemState<G, M>, Envelope<M>> a) {
            return Property.always(p.name(), p.description(), s -> a.holds().test(view(s)));
        }
        if (p instanceof Property.OnStep<SystemState<G, M>, Envelope<M>> o) {
            return Property.onStep(p.name(), p.description(),
                    (before, turn, after) -> o.holds().test(view(before), turn.envelope(), view(after)));
        }
        if (p instanceof Property.AtEnd<SystemState<G, M>, Envelope<M>> e) {
            // A state of this model has no enabled turn exactly when its view has nothing in flight.
            return Property.atEnd(p.name(), p.description(), s -> e.holds().test(view(s)));
        }
        if (p instanceof Property.Sometimes<SystemState<G, M>, Envelope<M>> s) {
            return Property.sometimes(p.name(), p.description(), st -> s.reached().test(view(st)));
        }
        if (p instanceof Property.Eventually<SystemState<G, M>, Envelope<M>> e) {
            return Property.eventually(p.name(), p.description(), st -> e.reached().test(view(st)));
        }
        throw new IllegalArgumentException("unknown kind of property " + p);
    }
}
