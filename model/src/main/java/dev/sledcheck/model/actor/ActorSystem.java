package dev.sledcheck.model.actor;

import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.core.Ledger;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.PartialOrder;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.core.Reduction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A fixed set of actors, one shared store and an unordered network, explorable as a
 * {@link Model}: an action is "deliver this message in flight", and the step runs the receiving
 * actor's handler. Deliveries are enumerated in the network's sorted order, so exploration order
 * depends only on the state.
 */
public final class ActorSystem<G, M> implements Model<SystemState<G, M>, Envelope<M>> {

    /** One registered actor. */
    public record Entry<G, M>(Id id, String name, Actor<Object, M, G> actor, Access access) {}

    /** What one step did: the next state, the messages it sent and its notes. */
    public record Transition<G, M>(
            SystemState<G, M> before, Envelope<M> delivered, SystemState<G, M> after,
            List<Envelope<M>> sent, List<Note> notes) {}

    private final List<Entry<G, M>> actors;
    private final G initialStore;
    private final Function<M, String> label;
    private final Comparator<Envelope<M>> order;
    private final List<Property<SystemState<G, M>, Envelope<M>>> properties;
    private final BiFunction<ActorSystem<G, M>, SystemState<G, M>, List<Facet>> facets;
    private final List<Reduction<SystemState<G, M>>> reductions;
    private final PartialOrder<SystemState<G, M>, Envelope<M>> partialOrder;
    private final Explainer<G, M> explainer;
    /** Per thread, the transition {@link #next} computed last (a one-slot array: no wrapper class). */
    private final ThreadLocal<Object[]> lastStep = ThreadLocal.withInitial(() -> new Object[1]);

    private ActorSystem(Builder<G, M> b) {
        this.actors = List.copyOf(b.actors);
        this.initialStore = b.store;
        this.label = b.label;
        Comparator<M> byMessage = b.messageOrder;
        this.order = Comparator.<Envelope<M>, Id>comparing(Envelope::dst)
                .thenComparing(Envelope::src)
                .thenComparing(Envelope::msg, byMessage);
        this.properties = List.copyOf(b.properties.apply(this));
        this.facets = b.facets == null ? ActorSystem::defaultFacets : b.facets;
        this.reductions = List.copyOf(b.reductions.apply(this));
        this.partialOrder = b.partialOrder == null ? null : b.partialOrder.apply(this);
        this.explainer = b.explainer != null ? b.explainer : b.facets == null ? defaultReads() : null;
    }

    public static <G, M> Builder<G, M> builder(G initialStore) {
        return new Builder<>(initialStore);
    }

    public List<Entry<G, M>> actors() {
        return actors;
    }

    public Entry<G, M> entry(Id id) {
        return actors.get(id.index());
    }

    public G initialStore() {
        return initialStore;
    }

    /** The message label used in schedule tokens and logs. */
    public String label(M msg) {
        return label.apply(msg);
    }

    /** The network order: by receiver, then sender, then message. */
    public Comparator<Envelope<M>> order() {
        return order;
    }

    @Override
    public List<SystemState<G, M>> initialStates() {
        G store = initialStore;
        List<Object> states = new ArrayList<>(actors.size());
        List<Envelope<M>> network = new ArrayList<>();
        for (Entry<G, M> e : actors) {
            Ctx<M, G> ctx = new Ctx<>(e.id(), e.access(), store, false);
            states.add(Objects.requireNonNull(e.actor().init(e.id(), ctx), "init returned null"));
            store = ctx.currentStore();
            network.addAll(ctx.sent());
        }
        network.sort(order);
        return List.of(new SystemState<>(states, store, network));
    }

    @Override
    public void actions(SystemState<G, M> state, List<Envelope<M>> into) {
        Envelope<M> previous = null;
        for (Envelope<M> e : state.network()) {
            // The network is sorted, so copies of one message are neighbours: deliver one of them.
            if (!e.equals(previous)) {
                into.add(e);
            }
            previous = e;
        }
    }

    /**
     * Runs one step. Its notes are kept and the whole transition is remembered for this thread:
     * step properties call {@link #explain} on the step just taken, and get it without running the
     * handler again (the handlers build their notes either way, so keeping them costs little).
     */
    @Override
    public SystemState<G, M> next(SystemState<G, M> state, Envelope<M> delivery) {
        Transition<G, M> t = transition(state, delivery);
        lastStep.get()[0] = t;
        return t.after();
    }

    /** Runs one step and keeps its notes: for logs, replays and step properties. */
    @SuppressWarnings("unchecked")
    public Transition<G, M> explain(SystemState<G, M> state, Envelope<M> delivery) {
        Transition<G, M> last = (Transition<G, M>) lastStep.get()[0];
        if (last != null && last.before() == state && last.delivered() == delivery) {
            return last;
        }
        return transition(state, delivery);
    }

    /**
     * Runs one step, notes kept. The transition's {@code sent} keeps the order the handler sent in,
     * which is what a runtime that delivers on the sending thread needs.
     */
    public Transition<G, M> transition(SystemState<G, M> state, Envelope<M> delivery) {
        Ctx<M, G> ctx = newCtx(delivery, state, true);
        SystemState<G, M> after = step(state, delivery, ctx);
        return new Transition<>(state, delivery, after, Collections.unmodifiableList(ctx.sent()), ctx.notesView());
    }

    /** The state's own cached fingerprint (see {@link SystemState}). */
    @Override
    public long fingerprint(SystemState<G, M> state) {
        return state.fingerprint();
    }

    @Override
    public List<Property<SystemState<G, M>, Envelope<M>>> properties() {
        return properties;
    }

    @Override
    public List<Reduction<SystemState<G, M>>> reductions() {
        return reductions;
    }

    @Override
    public PartialOrder<SystemState<G, M>, Envelope<M>> partialOrder() {
        return partialOrder;
    }

    @Override
    public String token(SystemState<G, M> state, Envelope<M> delivery) {
        return entry(delivery.dst()).name() + ":" + label.apply(delivery.msg());
    }

    @Override
    public String actor(SystemState<G, M> state, Envelope<M> delivery) {
        return entry(delivery.dst()).name();
    }

    @Override
    public String sender(SystemState<G, M> state, Envelope<M> delivery) {
        return entry(delivery.src()).name();
    }

    @Override
    public List<Facet> facets(SystemState<G, M> state) {
        return facets.apply(this, state);
    }

    /** As the explainer says; without one, every facet (or, for the default facets, the receiver's and the store). */
    @Override
    public List<String> reads(SystemState<G, M> state, Envelope<M> delivery) {
        return explainer == null ? List.of(Facet.EVERY) : explainer.reads(state, delivery);
    }

    @Override
    public List<String> marks(SystemState<G, M> before, Envelope<M> delivery, SystemState<G, M> after) {
        return explainer == null ? List.of() : explainer.marks(explain(before, delivery));
    }

    @Override
    public Ledger ledger() {
        return explainer == null ? Ledger.EVERY_FACET : explainer.ledger();
    }

    /** The actors' names, in the order they were added. */
    @Override
    public List<String> actorNames() {
        return actors.stream().map(Entry::name).toList();
    }

    /** For {@link #defaultFacets}: a handler sees its own state, and the store if it has access. */
    private Explainer<G, M> defaultReads() {
        return (state, delivery) -> {
            Entry<G, M> e = entry(delivery.dst());
            return e.access() == Access.STORE ? List.of(e.name(), "store") : List.of(e.name());
        };
    }

    @Override
    public String describe(SystemState<G, M> state, Envelope<M> delivery) {
        Transition<G, M> t = explain(state, delivery);
        StringBuilder sb = new StringBuilder();
        for (Note n : t.notes()) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(n.describe());
        }
        if (sb.length() == 0) {
            sb.append(label.apply(delivery.msg())).append(" from ").append(entry(delivery.src()).name());
        }
        return sb.toString();
    }

    /** Every actor's state, the store and the messages in flight, as their text. */
    private static <G, M> List<Facet> defaultFacets(ActorSystem<G, M> system, SystemState<G, M> state) {
        List<Facet> out = new ArrayList<>();
        for (Entry<G, M> e : system.actors) {
            out.add(new Facet(e.name(), String.valueOf(state.actors().get(e.id().index()))));
        }
        out.add(new Facet("store", String.valueOf(state.store())));
        out.add(new Facet("in flight", system.inFlight(state)));
        return out;
    }

    /** The tokens of the messages in flight, in network order. */
    public String inFlight(SystemState<G, M> state) {
        List<String> tokens = new ArrayList<>();
        for (Envelope<M> e : state.network()) {
            tokens.add(token(state, e));
        }
        return tokens.isEmpty() ? "nothing" : String.join(" ", tokens);
    }

    private Ctx<M, G> newCtx(Envelope<M> delivery, SystemState<G, M> state, boolean keepNotes) {
        Entry<G, M> e = entry(delivery.dst());
        return new Ctx<>(e.id(), e.access(), state.store(), keepNotes);
    }

    /**
     * Runs the receiver's handler and builds the successor. This is the hot path of every search,
     * so it works on arrays: the actors' states are copied only when the receiver's changed, the
     * network is copied once without the delivered message and the sent ones are inserted in
     * order, and the fingerprint parts are updated rather than recomputed (see {@link SystemState}).
     */
    @SuppressWarnings("unchecked")
    private SystemState<G, M> step(SystemState<G, M> state, Envelope<M> delivery, Ctx<M, G> ctx) {
        Object[] network = ((Frozen<Envelope<M>>) state.network()).items();
        int at = indexOf(network, delivery);
        if (at < 0) {
            throw new IllegalArgumentException("not in flight: " + delivery);
        }
        Entry<G, M> e = entry(delivery.dst());
        int index = e.id().index();
        Frozen<Object> actorStates = (Frozen<Object>) state.actors();
        Object before = actorStates.get(index);
        Object after = e.actor().receive(e.id(), before, delivery.src(), delivery.msg(), ctx);
        Objects.requireNonNull(after, "handler returned null");

        long[] actorPrints = state.actorPrints();
        long actorSum = state.actorSum();
        if (after != before) {
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

        List<Envelope<M>> sent = ctx.sent();
        Object[] next = new Object[network.length - 1 + sent.size()];
        System.arraycopy(network, 0, next, 0, at);
        System.arraycopy(network, at + 1, next, at, network.length - at - 1);
        int size = network.length - 1;
        long networkSum = state.networkSum() - SystemState.envelopePrint(delivery);
        Comparator<Object> byOrder = (Comparator<Object>) (Comparator<?>) order;
        for (Envelope<M> s : sent) {
            int pos = Arrays.binarySearch(next, 0, size, s, byOrder);
            int insert = pos < 0 ? -pos - 1 : pos;
            System.arraycopy(next, insert, next, insert + 1, size - insert);
            next[insert] = s;
            size++;
            networkSum += SystemState.envelopePrint(s);
        }
        return new SystemState<>(actorStates, actorPrints, actorSum, store, storePrint,
                Frozen.owning(next), networkSum);
    }

    /** The delivered envelope's position: by identity first (actions hands out the network's own). */
    private static int indexOf(Object[] network, Object delivery) {
        for (int i = 0; i < network.length; i++) {
            if (network[i] == delivery) {
                return i;
            }
        }
        for (int i = 0; i < network.length; i++) {
            if (network[i].equals(delivery)) {
                return i;
            }
        }
        return -1;
    }

    /** Assembles a system; actors get ids in the order they are added. */
    public static final class Builder<G, M> {
        private final G store;
        private final List<Entry<G, M>> actors = new ArrayList<>();
        private Function<M, String> label = m -> String.valueOf(m).replaceAll("[\\s;]+", "");
        private Comparator<M> messageOrder = Comparator.comparing(String::valueOf);
        private Function<ActorSystem<G, M>, List<Property<SystemState<G, M>, Envelope<M>>>> properties =
                s -> List.of();
        private BiFunction<ActorSystem<G, M>, SystemState<G, M>, List<Facet>> facets;
        private Function<ActorSystem<G, M>, List<Reduction<SystemState<G, M>>>> reductions = s -> List.of();
        private Function<ActorSystem<G, M>, PartialOrder<SystemState<G, M>, Envelope<M>>> partialOrder;
        private Explainer<G, M> explainer;

        private Builder(G store) {
            this.store = store;
        }

        /** Adds an actor and returns its id. */
        @SuppressWarnings("unchecked")
        public <S> Id add(String name, Actor<S, M, G> actor, Access access) {
            for (Entry<G, M> e : actors) {
                if (e.name().equals(name)) {
                    throw new IllegalArgumentException("duplicate actor name " + name);
                }
            }
            Id id = new Id(actors.size());
            actors.add(new Entry<>(id, name, (Actor<Object, M, G>) actor, access));
            return id;
        }

        /** How a message prints in schedule tokens: short, no whitespace, no ';'. */
        public Builder<G, M> label(Function<M, String> label) {
            this.label = label;
            return this;
        }

        /** A total order on messages with the same sender and receiver (default: by text). */
        public Builder<G, M> messageOrder(Comparator<M> order) {
            this.messageOrder = order;
            return this;
        }

        /** The properties, built once the system (and so its explanations) exists. */
        public Builder<G, M> properties(
                Function<ActorSystem<G, M>, List<Property<SystemState<G, M>, Envelope<M>>>> properties) {
            this.properties = properties;
            return this;
        }

        /** How a state shows to people (default: every actor's state and the store as text). */
        public Builder<G, M> facets(BiFunction<ActorSystem<G, M>, SystemState<G, M>, List<Facet>> facets) {
            this.facets = facets;
            return this;
        }

        /** The sound reductions the system offers, built once the system exists. */
        public Builder<G, M> reductions(Function<ActorSystem<G, M>, List<Reduction<SystemState<G, M>>>> reductions) {
            this.reductions = reductions;
            return this;
        }

        /** The partial-order reduction the system offers (none unless set), built once the system exists. */
        public Builder<G, M> partialOrder(
                Function<ActorSystem<G, M>, PartialOrder<SystemState<G, M>, Envelope<M>>> partialOrder) {
            this.partialOrder = partialOrder;
            return this;
        }

        /** What steps read and which to mark, in the words of {@link #facets} (see {@link Explainer}). */
        public Builder<G, M> explainer(Explainer<G, M> explainer) {
            this.explainer = explainer;
            return this;
        }

        public ActorSystem<G, M> build() {
            return new ActorSystem<>(this);
        }
    }
}
