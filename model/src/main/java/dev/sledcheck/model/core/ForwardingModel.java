package dev.sledcheck.model.core;

import dev.sledcheck.model.pack.Packing;
import java.util.List;

/**
 * A model that is another model in every respect but those a subclass overrides: the base of
 * wrappers that change where exploration starts or what a state stands for, while tokens, texts
 * and properties stay the inner model's, so runs read exactly alike.
 */
public abstract class ForwardingModel<S, A> implements Model<S, A> {
    protected final Model<S, A> inner;

    protected ForwardingModel(Model<S, A> inner) {
        this.inner = inner;
    }

    @Override
    public List<S> initialStates() {
        return inner.initialStates();
    }

    @Override
    public void actions(S state, List<A> into) {
        inner.actions(state, into);
    }

    @Override
    public S next(S state, A action) {
        return inner.next(state, action);
    }

    @Override
    public List<Property<S, A>> properties() {
        return inner.properties();
    }

    @Override
    public List<Reduction<S>> reductions() {
        return inner.reductions();
    }

    @Override
    public Packing packing() {
        return inner.packing();
    }

    @Override
    public PartialOrder<S, A> partialOrder() {
        return inner.partialOrder();
    }

    @Override
    public String token(S state, A action) {
        return inner.token(state, action);
    }

    @Override
    public String actor(S state, A action) {
        return inner.actor(state, action);
    }

    @Override
    public String sender(S state, A action) {
        return inner.sender(state, action);
    }

    @Override
    public List<Facet> facets(S state) {
        return inner.facets(state);
    }

    @Override
    public List<String> reads(S state, A action) {
        return inner.reads(state, action);
    }

    @Override
    public List<String> marks(S before, A action, S after) {
        return inner.marks(before, action, after);
    }

    @Override
    public Ledger ledger() {
        return inner.ledger();
    }

    @Override
    public List<String> actorNames() {
        return inner.actorNames();
    }

    @Override
    public java.util.function.Predicate<S> terminal() {
        return inner.terminal();
    }

    @Override
    public java.util.Set<String> fairActors() {
        return inner.fairActors();
    }

    @Override
    public String bounds() {
        return inner.bounds();
    }

    @Override
    public String describe(S state, A action) {
        return inner.describe(state, action);
    }
}
