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
import java.util.function.Predicate;

/**
 * A fixed set of actors, an optional shared store and an unordered network, explorable as a
 * {@link Model}: an action is "deliver this message in flight" (or fire this timer), and the step
 * runs the receiving actor's handler; on a faulty {@link Network} it may also be "lose it" or
 * "deliver it and keep a copy". Actions are enumerated in the network's sorted order, so
 * exploration order depends only on the state.
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
    private final Network network;
    private final boolean timers;
    private final Predicate<SystemState<G, M>> terminal;
    /** Per thread, the transition {@link #next} computed last (a one-slot array: no wrapper class). */
    private final ThreadLocal<Object[]> lastStep = ThreadLocal.withInitial(() -> new Object[1]);

    ActorSystem(SystemBuilder<G, M> b) {
        this.actors = List.copyOf(b.actors);
        this.initialStore = b.store;
        this.label = b.label;
        Comparator<M> byMessage = b.messageOrder;
        this.order = Comparator.<Envelope<M>, Id>comparing(Envelope::dst)
                .thenComparing(Envelope::src)
                .thenComparing(Envelope::msg, byMessage)
                .thenComparing(Envelope::isTimer);
        this.properties = List.copyOf(b.properties.apply(this));
        this.facets = b.facets == null ? ActorSystem::defaultFacets : b.facets;
        this.reductions = List.copyOf(b.reductions.apply(this));
        this.partialOrder = b.partialOrder == null ? null : b.partialOrder.apply(this);
        this.explainer = b.explainer != null ? b.explainer : b.facets == null ? defaultReads() : null;
        this.network = b.network;
        this.timers = b.timers;
        this.terminal = b.terminal;
    }

    /** A system whose {@link Access#STORE} actors share {@code initialStore}. */
    public static <G, M> SystemBuilder<G, M> builder(G initialStore) {
        return new SystemBuilder<>(initialStore);
    }

    /** A system without a shared store: its actors share nothing but messages. */
    public static <M> SystemBuilder<Void, M> builder() {
        return new SystemBuilder<>(null);
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

    /** What the network may do besides delivering. */
    public Network network() {
        return network;
    }

    /** Whether actors may set timers ({@link SystemBuilder#timers()}). */
    public boolean hasTimers() {
        return timers;
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
            requireTimers(ctx);
            for (M t : ctx.timersSet()) {
                Envelope<M> timer = Envelope.timer(e.id(), t);
                if (!network.contains(timer)) {
                    network.add(timer);
                }
            }
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
                if (!e.isTimer() && state.lost() < network.maxLosses()) {
                    into.add(e.with(Envelope.Fate.LOSE));
                }
                if (!e.isTimer() && state.duplicated() < network.maxDuplicates()) {
                    into.add(e.with(Envelope.Fate.DUPLICATE));
                }
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
        Entry<G, M> e = entry(delivery.dst());
        Object next = Successor.run(e, state.actors().get(e.id().index()), delivery, ctx);
        requireTimers(ctx);
        SystemState<G, M> after = Successor.of(this, state, delivery, next, ctx);
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

    /** A timer set without {@link SystemBuilder#timers()}: a model error, named. */
    private void requireTimers(Ctx<M, G> ctx) {
        if (!timers && (!ctx.timersSet().isEmpty() || !ctx.timersCancelled().isEmpty())) {
            throw new IllegalStateException("an actor set a timer, but the system was built without SystemBuilder.timers()");
        }
    }

    /** {@code receiver:label}; a timer's as {@code receiver:timeout:label}, a fault's prefixed {@code lose:} or {@code dup:}. */
    @Override
    public String token(SystemState<G, M> state, Envelope<M> delivery) {
        String plain = entry(delivery.dst()).name() + ":" + (delivery.isTimer() ? "timeout:" : "")
                + label.apply(delivery.msg());
        return switch (delivery.fate()) {
            case DELIVER -> plain;
            case LOSE -> "lose:" + plain;
            case DUPLICATE -> "dup:" + plain;
        };
    }

    /** The network's fault budget and the timers' lack of a clock, as far as this system has them. */
    @Override
    public String bounds() {
        String net = network.bounds();
        String clock = timers ? "timers fire at any moment while set (no clock)" : "";
        return net.isEmpty() ? clock : clock.isEmpty() ? net : net + "; " + clock;
    }

    @Override
    public Predicate<SystemState<G, M>> terminal() {
        return terminal;
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
        if (delivery.fate() == Envelope.Fate.LOSE) {
            return "the network loses " + label.apply(delivery.msg()) + " from " + entry(delivery.src()).name();
        }
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
}
