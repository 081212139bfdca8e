package dev.sledcheck.model.actor;

import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.core.PartialOrder;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.core.Reduction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/** Assembles a system; actors get ids in the order they are added. */
public final class SystemBuilder<M, G> {
    final G store;
    final List<ActorSystem.Entry<M, G>> actors = new ArrayList<>();
    Function<M, String> label = m -> String.valueOf(m).replaceAll("[\\s;]+", "");
    Comparator<M> messageOrder = MessageOrder.byValue();
    Function<M, String> messageKey;
    Function<ActorSystem<M, G>, List<Property<SystemState<M, G>, Envelope<M>>>> properties =
            s -> List.of();
    BiFunction<ActorSystem<M, G>, SystemState<M, G>, List<Facet>> facets;
    Function<ActorSystem<M, G>, List<Reduction<SystemState<M, G>>>> reductions = s -> List.of();
    Function<ActorSystem<M, G>, PartialOrder<SystemState<M, G>, Envelope<M>>> partialOrder;
    Explainer<M, G> explainer;
    Network network = Network.RELIABLE;
    Faults<M, G> faults;
    boolean timers;
    Predicate<SystemState<M, G>> terminal = s -> false;
    Set<String> fairActors = Set.of();
    boolean everyActorFair;

    SystemBuilder(G store) {
        this.store = store;
    }

    /** Adds an actor that sees only its own state and messages; returns its handle. */
    public <S> Ref<S> add(String name, Actor<S, M, G> actor) {
        return add(name, actor, Access.LOCAL);
    }

    /** Adds an actor and returns its handle; ids follow the order actors are added in. */
    @SuppressWarnings("unchecked")
    public <S> Ref<S> add(String name, Actor<S, M, G> actor, Access access) {
        for (ActorSystem.Entry<M, G> e : actors) {
            if (e.name().equals(name)) {
                throw new IllegalArgumentException("duplicate actor name " + name);
            }
        }
        Id id = new Id(actors.size());
        actors.add(new ActorSystem.Entry<>(id, name, (Actor<Object, M, G>) actor, access));
        return new Ref<>(id, name);
    }

    /** How a message prints in schedule tokens: short, no whitespace, no ';'. */
    public SystemBuilder<M, G> label(Function<M, String> label) {
        this.label = label;
        return this;
    }

    /** What the network may do besides delivering (default {@link Network#RELIABLE}). */
    public SystemBuilder<M, G> network(Network network) {
        this.network = Objects.requireNonNull(network, "network");
        return this;
    }

    /** The faults the model names (none unless set): see {@link Faults}. */
    public SystemBuilder<M, G> faults(Faults<M, G> faults) {
        this.faults = Objects.requireNonNull(faults, "faults");
        return this;
    }

    /** Lets actors set timers ({@link Ctx#setTimer}), which fire at any moment: a bound SAFE states. */
    public SystemBuilder<M, G> timers() {
        this.timers = true;
        return this;
    }

    /**
     * Which states with nothing in flight are proper ends rather than deadlocks (default: none
     * is); {@code null} for a system whose ends its own properties judge ({@link Model#terminal}).
     */
    public SystemBuilder<M, G> terminal(Predicate<SystemState<M, G>> terminal) {
        this.terminal = terminal;
        return this;
    }

    /**
     * The actors, by name, that are weakly fair ({@link Model#fairActors}): one with a message in
     * flight to it, from some point on, for ever, eventually handles one. Liveness properties hold
     * under this assumption; none is fair unless named.
     */
    public SystemBuilder<M, G> fairActors(String... names) {
        this.fairActors = Set.of(names);
        return this;
    }

    /** Every actor, those added later included, is weakly fair (see {@link #fairActors}). */
    public SystemBuilder<M, G> everyActorFair() {
        this.everyActorFair = true;
        return this;
    }

    /**
     * A total order on messages with the same sender and receiver. The default orders
     * {@link Comparable} messages of one class naturally and others by their value's
     * fingerprint, so that it depends on neither {@code toString} nor allocation.
     */
    public SystemBuilder<M, G> messageOrder(Comparator<M> order) {
        this.messageOrder = order;
        return this;
    }

    /**
     * Orders messages with the same sender and receiver by a text first, compared as strings, and
     * by {@link #messageOrder} only where their texts are equal. Unlike a comparator that builds
     * text on every comparison, the key is computed once per envelope and kept in it: the network
     * is kept sorted on every step, so a message in flight is compared many times in its life.
     */
    public SystemBuilder<M, G> messageKey(Function<M, String> key) {
        this.messageKey = java.util.Objects.requireNonNull(key, "key");
        return this;
    }

    /** The properties, built once the system (and so its explanations) exists. */
    public SystemBuilder<M, G> properties(
            Function<ActorSystem<M, G>, List<Property<SystemState<M, G>, Envelope<M>>>> properties) {
        this.properties = properties;
        return this;
    }

    /** How a state shows to people (default: every actor's state and the store as text). */
    public SystemBuilder<M, G> facets(BiFunction<ActorSystem<M, G>, SystemState<M, G>, List<Facet>> facets) {
        this.facets = facets;
        return this;
    }

    /** The sound reductions the system offers, built once the system exists. */
    public SystemBuilder<M, G> reductions(Function<ActorSystem<M, G>, List<Reduction<SystemState<M, G>>>> reductions) {
        this.reductions = reductions;
        return this;
    }

    /** The partial-order reduction the system offers (none unless set), built once the system exists. */
    public SystemBuilder<M, G> partialOrder(
            Function<ActorSystem<M, G>, PartialOrder<SystemState<M, G>, Envelope<M>>> partialOrder) {
        this.partialOrder = partialOrder;
        return this;
    }

    /** What steps read and which to mark, in the words of {@link #facets} (see {@link Explainer}). */
    public SystemBuilder<M, G> explainer(Explainer<M, G> explainer) {
        this.explainer = explainer;
        return this;
    }

    public ActorSystem<M, G> build() {
        return new ActorSystem<>(this);
    }
}
