package dev.sledcheck.model.actor;

import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.core.Ledger;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.PartialOrder;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.core.Reduction;
import dev.sledcheck.model.pack.Packing;
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
 *
 * <p>Type parameters come in one order across the actor layer: an actor's state {@code S} (where
 * there is one), then the message type {@code M}, then the store type {@code G} ({@code Void} for a
 * system without a store): {@code Actor<S, M, G>}, {@code Ctx<M, G>}, {@code ActorSystem<M, G>},
 * {@code SystemState<M, G>}.
 *
 * @param <M> the message type
 * @param <G> the shared store's type ({@code Void} when there is none)
 */
public final class ActorSystem<M, G> implements Model<SystemState<M, G>, Envelope<M>> {

    /** One registered actor. */
    public record Entry<M, G>(Id id, String name, Actor<Object, M, G> actor, Access access) {}

    /** What one step did: the next state, the messages it sent and its notes. */
    public record Transition<M, G>(
            SystemState<M, G> before, Envelope<M> delivered, SystemState<M, G> after,
            List<Envelope<M>> sent, List<Note> notes) {}

    private final List<Entry<M, G>> actors;
    private final G initialStore;
    private final Function<M, String> label;
    private final Comparator<Envelope<M>> order;
    private final List<Property<SystemState<M, G>, Envelope<M>>> properties;
    private final BiFunction<ActorSystem<M, G>, SystemState<M, G>, List<Facet>> facets;
    private final List<Reduction<SystemState<M, G>>> reductions;
    private final PartialOrder<SystemState<M, G>, Envelope<M>> partialOrder;
    private final Explainer<M, G> explainer;
    private final Network network;
    private final Faults<M, G> faults;
    private final boolean timers;
    private final Predicate<SystemState<M, G>> terminal;
    private final java.util.Set<String> fairActors;
    /** Per thread, the transition {@link #next} computed last (a one-slot array: no wrapper class). */
    private final ThreadLocal<Object[]> lastStep = ThreadLocal.withInitial(() -> new Object[1]);

    ActorSystem(SystemBuilder<M, G> b) {
        this.actors = List.copyOf(b.actors);
        this.initialStore = b.store;
        this.label = b.label;
        this.order = order(b.messageOrder, b.messageKey);
        this.properties = List.copyOf(b.properties.apply(this));
        this.facets = b.facets == null ? ActorSystem::defaultFacets : b.facets;
        this.reductions = List.copyOf(b.reductions.apply(this));
        this.partialOrder = b.partialOrder == null ? null : b.partialOrder.apply(this);
        this.explainer = b.explainer != null ? b.explainer : b.facets == null ? defaultReads() : null;
        this.network = b.network;
        this.faults = b.faults;
        this.timers = b.timers;
        this.terminal = b.terminal;
        this.fairActors = b.everyActorFair ? java.util.Set.copyOf(actorNames()) : b.fairActors;
        for (String f : fairActors) {
            if (actors.stream().noneMatch(e -> e.name().equals(f))) {
                throw new IllegalArgumentException("fair actor " + f + " is not one of the system's actors");
            }
        }
    }

    /**
     * By receiver, then sender, then message (by its cached key if the model gave one, then by its
     * comparator), messages before timers. Written out rather than chained from {@code
     * Comparator.comparing}: keeping the network sorted compares envelopes on every step.
     */
    private static <M> Comparator<Envelope<M>> order(Comparator<M> byMessage, Function<M, String> key) {
        return (x, y) -> {
            int c = Integer.compare(x.dst().index(), y.dst().index());
            if (c != 0) {
                return c;
            }
            c = Integer.compare(x.src().index(), y.src().index());
            if (c != 0) {
                return c;
            }
            c = key == null ? 0 : x.orderKey(key).compareTo(y.orderKey(key));
            if (c == 0 && !x.msg().equals(y.msg())) {
                c = byMessage.compare(x.msg(), y.msg());
            }
            return c != 0 ? c : Boolean.compare(x.isTimer(), y.isTimer());
        };
    }

    /** A system whose {@link Access#STORE} actors share {@code initialStore}. */
    public static <M, G> SystemBuilder<M, G> builder(G initialStore) {
        return new SystemBuilder<>(initialStore);
    }

    /** A system without a shared store: its actors share nothing but messages. */
    public static <M> SystemBuilder<M, Void> builder() {
        return new SystemBuilder<>(null);
    }

    public List<Entry<M, G>> actors() {
        return actors;
    }

    public Entry<M, G> entry(Id id) {
        return actors.get(id.index());
    }

    public G initialStore() {
        return initialStore;
    }

    /** What the network may do besides delivering. */
    public Network network() {
        return network;
    }

    /** Whether the model names faults of its own ({@link SystemBuilder#faults}). */
    public boolean hasFaults() {
        return faults != null;
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
    public List<SystemState<M, G>> initialStates() {
        G store = initialStore;
        List<Object> states = new ArrayList<>(actors.size());
        List<Envelope<M>> network = new ArrayList<>();
        for (Entry<M, G> e : actors) {
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
    public void actions(SystemState<M, G> state, List<Envelope<M>> into) {
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
                if (!e.isTimer() && faults != null) {
                    faults.strike(state, e, into);
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
    public SystemState<M, G> next(SystemState<M, G> state, Envelope<M> delivery) {
        Transition<M, G> t = transition(state, delivery);
        lastStep.get()[0] = t;
        return t.after();
    }

    /** Runs one step and keeps its notes: for logs, replays and step properties. */
    @SuppressWarnings("unchecked")
    public Transition<M, G> explain(SystemState<M, G> state, Envelope<M> delivery) {
        Transition<M, G> last = (Transition<M, G>) lastStep.get()[0];
        if (last != null && last.before() == state && last.delivered() == delivery) {
            return last;
        }
        return transition(state, delivery);
    }

    /**
     * Runs one step, notes kept. The transition's {@code sent} keeps the order the handler sent in,
     * which is what a runtime that delivers on the sending thread needs.
     */
    public Transition<M, G> transition(SystemState<M, G> state, Envelope<M> delivery) {
        Ctx<M, G> ctx = newCtx(delivery, state, true);
        Entry<M, G> e = entry(delivery.dst());
        Object next = Successor.run(e, state.actors().get(e.id().index()), delivery, ctx);
        requireTimers(ctx);
        SystemState<M, G> after = Successor.of(this, state, delivery, next, ctx);
        return new Transition<>(state, delivery, after, Collections.unmodifiableList(ctx.sent()), ctx.notesView());
    }

    /** Packs a state by its parts; see {@link StatePacking}. */
    @Override
    public Packing packing() {
        return StatePacking.PACKING;
    }

    /** The state's own cached fingerprint (see {@link SystemState}). */
    @Override
    public long fingerprint(SystemState<M, G> state) {
        return state.fingerprint();
    }

    @Override
    public List<Property<SystemState<M, G>, Envelope<M>>> properties() {
        return properties;
    }

    @Override
    public List<Reduction<SystemState<M, G>>> reductions() {
        return reductions;
    }

    @Override
    public PartialOrder<SystemState<M, G>, Envelope<M>> partialOrder() {
        return partialOrder;
    }

    /** A timer set without {@link SystemBuilder#timers()}: a model error, named. */
    private void requireTimers(Ctx<M, G> ctx) {
        if (!timers && (!ctx.timersSet().isEmpty() || !ctx.timersCancelled().isEmpty())) {
            throw new IllegalStateException("an actor set a timer, but the system was built without SystemBuilder.timers()");
        }
    }

    /**
     * {@code receiver:label}; a timer's as {@code receiver:timeout:label}, a network fault's prefixed
     * {@code lose:} or {@code dup:}, a model's fault as its kind and its victim's token
     * ({@code kind:receiver:label}). When another sender has a message with the same label in
     * flight to the same receiver, both tokens add their sender ({@code receiver:label@sender}):
     * labels are the model's, and need not say who sent them.
     */
    @Override
    public String token(SystemState<M, G> state, Envelope<M> delivery) {
        if (delivery.fate() == Envelope.Fate.FAULT) {
            return delivery.kind() + ":" + token(state, delivery.victim());
        }
        String plain = entry(delivery.dst()).name() + ":" + (delivery.isTimer() ? "timeout:" : "")
                + label.apply(delivery.msg());
        if (!delivery.isTimer() && labelSharedByAnotherSender(state, delivery)) {
            plain += "@" + entry(delivery.src()).name();
        }
        return switch (delivery.fate()) {
            case DELIVER, FAULT -> plain;
            case LOSE -> "lose:" + plain;
            case DUPLICATE -> "dup:" + plain;
        };
    }

    private boolean labelSharedByAnotherSender(SystemState<M, G> state, Envelope<M> delivery) {
        String mine = null;
        for (Envelope<M> e : state.network()) {
            if (!e.isTimer() && e.dst().equals(delivery.dst()) && !e.src().equals(delivery.src())) {
                mine = mine == null ? label.apply(delivery.msg()) : mine;
                if (label.apply(e.msg()).equals(mine)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The network's fault budget and the timers' lack of a clock, as far as this system has them. */
    @Override
    public String bounds() {
        String net = network.bounds();
        String clock = timers ? "timers fire at any moment while set (no clock)" : "";
        return net.isEmpty() ? clock : clock.isEmpty() ? net : net + "; " + clock;
    }

    @Override
    public Predicate<SystemState<M, G>> terminal() {
        return terminal;
    }

    @Override
    public java.util.Set<String> fairActors() {
        return fairActors;
    }

    @Override
    public String actor(SystemState<M, G> state, Envelope<M> delivery) {
        return entry(delivery.dst()).name();
    }

    @Override
    public String sender(SystemState<M, G> state, Envelope<M> delivery) {
        return entry(delivery.src()).name();
    }

    @Override
    public List<Facet> facets(SystemState<M, G> state) {
        return facets.apply(this, state);
    }

    /** As the explainer says; without one, every facet (or, for the default facets, the receiver's and the store). */
    @Override
    public List<String> reads(SystemState<M, G> state, Envelope<M> delivery) {
        return explainer == null ? List.of(Facet.EVERY) : explainer.reads(state, delivery);
    }

    @Override
    public List<String> marks(SystemState<M, G> before, Envelope<M> delivery, SystemState<M, G> after) {
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
    private Explainer<M, G> defaultReads() {
        return (state, delivery) -> {
            Entry<M, G> e = entry(delivery.dst());
            return e.access() == Access.STORE ? List.of(e.name(), "store") : List.of(e.name());
        };
    }

    @Override
    public String describe(SystemState<M, G> state, Envelope<M> delivery) {
        if (delivery.fate() == Envelope.Fate.LOSE) {
            return "the network loses " + label.apply(delivery.msg()) + " from " + entry(delivery.src()).name();
        }
        Transition<M, G> t = explain(state, delivery);
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
    private static <M, G> List<Facet> defaultFacets(ActorSystem<M, G> system, SystemState<M, G> state) {
        List<Facet> out = new ArrayList<>();
        for (Entry<M, G> e : system.actors) {
            out.add(new Facet(e.name(), String.valueOf(state.actors().get(e.id().index()))));
        }
        out.add(new Facet("store", String.valueOf(state.store())));
        out.add(new Facet("in flight", system.inFlight(state)));
        return out;
    }

    /** The tokens of the messages in flight, in network order. */
    public String inFlight(SystemState<M, G> state) {
        List<String> tokens = new ArrayList<>();
        for (Envelope<M> e : state.network()) {
            tokens.add(token(state, e));
        }
        return tokens.isEmpty() ? "nothing" : String.join(" ", tokens);
    }

    private Ctx<M, G> newCtx(Envelope<M> delivery, SystemState<M, G> state, boolean keepNotes) {
        Entry<M, G> e = entry(delivery.dst());
        return new Ctx<>(e.id(), e.access(), state.store(), keepNotes);
    }
}
