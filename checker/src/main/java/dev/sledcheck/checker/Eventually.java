package dev.sledcheck.checker;

import dev.sledcheck.model.core.ForwardingModel;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.PartialOrder;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides {@link Property.Eventually} properties by a search of their own, so the engine judges
 * only properties of a state or a step. "Every maximal finite run passes through P" fails exactly
 * when a state with no enabled action is reachable along states that all fail P; so it is the
 * at-end property P on the model <em>cut at P</em> (a state satisfying P has no successors there),
 * whose runs are runs of the model, and whose shortest counterexample is the shortest such run.
 * The cut model offers the model's reductions (they preserve every property, P included) but no
 * partial-order reduction, whose invisibility was argued for the model's own properties only.
 */
final class Eventually {
    private Eventually() {}

    /**
     * The result of {@code search} on {@code model}, its eventually properties decided by searches
     * of the cut models; the verdicts in the model's order. {@code search} is given the model to
     * search and the options (restricted to the properties it is to decide).
     */
    static <S, A> CheckResult check(Model<S, A> model, SearchOptions options, Reductions<S, A> reductions,
            Searcher<S, A> search) {
        List<Property<S, A>> all = model.properties();
        List<Property.Eventually<S, A>> later = new ArrayList<>();
        for (Property<S, A> p : all) {
            if (p instanceof Property.Eventually<S, A> e && (options.only().isEmpty() || options.only().contains(p.name()))) {
                later.add(e);
            }
        }
        if (later.isEmpty()) {
            return search.apply(model, options, reductions);
        }
        Set<String> rest = new LinkedHashSet<>();
        all.stream().filter(p -> !(p instanceof Property.Eventually)).map(Property::name)
                .filter(n -> options.only().isEmpty() || options.only().contains(n)).forEach(rest::add);
        CheckResult main = search.apply(new Without<>(model), options.withOnly(rest.isEmpty() ? Set.of(NONE) : rest),
                reductions);
        List<Verdict> verdicts = new ArrayList<>(main.verdicts());
        for (Property.Eventually<S, A> e : later) {
            CheckResult cut = search.apply(new Cut<>(model, e), options.withOnly(Set.of(e.name())),
                    reductions.withoutPartialOrder());
            verdicts.addAll(cut.verdicts());
        }
        List<String> order = all.stream().map(Property::name).toList();
        verdicts.removeIf(v -> v.property().equals(NONE));
        verdicts.sort(java.util.Comparator.comparingInt(v -> order.indexOf(v.property())));
        return new CheckResult(main.subject(), main.bounds(), main.stats(), verdicts);
    }

    /** A search of a model under options and reductions. */
    @FunctionalInterface
    interface Searcher<S, A> {
        CheckResult apply(Model<S, A> model, SearchOptions options, Reductions<S, A> reductions);
    }

    /** A name no model uses, for a search that has no other property to decide. */
    private static final String NONE = "(reachable states)";

    /** The model without its eventually properties, plus a placeholder when nothing else is left. */
    private static final class Without<S, A> extends ForwardingModel<S, A> {
        Without(Model<S, A> inner) {
            super(inner);
        }

        @Override
        public List<Property<S, A>> properties() {
            List<Property<S, A>> rest = new ArrayList<>(super.properties().stream()
                    .filter(p -> !(p instanceof Property.Eventually)).toList());
            rest.add(Property.always(NONE, "every reachable state is visited", s -> true));
            return rest;
        }
    }

    /** The model cut at {@code e}'s states, deciding {@code e} as an at-end property. */
    private static final class Cut<S, A> extends ForwardingModel<S, A> {
        private final Property.Eventually<S, A> e;

        Cut(Model<S, A> inner, Property.Eventually<S, A> e) {
            super(inner);
            this.e = e;
        }

        @Override
        public void actions(S state, List<A> into) {
            if (!e.reached().test(state)) {
                super.actions(state, into);
            }
        }

        @Override
        public List<Property<S, A>> properties() {
            return List.of(Property.atEnd(e.name(), e.description(), e.reached()));
        }

        @Override
        public PartialOrder<S, A> partialOrder() {
            return null;
        }
    }
}
