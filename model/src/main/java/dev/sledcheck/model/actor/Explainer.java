package dev.sledcheck.model.actor;

import dev.sledcheck.model.core.Ledger;
import dev.sledcheck.model.core.Model;
import java.util.List;

/**
 * What a system's steps mean to people beyond their notes: which facets a delivery read, and
 * which steps a reader should have pointed out ({@link dev.sledcheck.model.core.Model#reads},
 * {@link dev.sledcheck.model.core.Model#marks}). Facet names are the system's own, so the
 * explainer lives beside the facets it names.
 */
public interface Explainer<G, M> {

    /** The facets {@code delivery} depends on in {@code state}. */
    List<String> reads(SystemState<G, M> state, Envelope<M> delivery);

    /** The marks of the step {@code t}; none by default. */
    default List<String> marks(ActorSystem.Transition<G, M> t) {
        return List.of();
    }

    /** The facets a diagram notes where steps change them ({@link Model#ledger}); every facet by default. */
    default Ledger ledger() {
        return Ledger.EVERY_FACET;
    }
}
