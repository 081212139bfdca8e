package dev.sledcheck.checker;

import dev.sledcheck.model.core.ForwardingModel;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Stats;
import dev.sledcheck.model.run.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Properties of a kind the engine's search does not judge, decided apart: the engine searches the
 * model without them (with a placeholder when nothing else is selected, so that the reachable
 * states are still counted), something else decides them, and the verdicts come back in the
 * model's order. {@link Eventually} and {@link Liveness} are the kinds decided so.
 */
final class Apart {
    private Apart() {}

    /** A search of a model under options and reductions. */
    @FunctionalInterface
    interface Searcher<S, A> {
        CheckResult apply(Model<S, A> model, SearchOptions options, Reductions<S, A> reductions);
    }

    /** What decides the properties set apart (each selected, in the model's order). */
    @FunctionalInterface
    interface Decider<S, A> {
        Decided decide(List<Property<S, A>> apart);
    }

    /**
     * Their verdicts, and the statistics of the search that decided them when a limit cut it
     * short ({@code null} otherwise): an INCOMPLETE verdict then names that search's limit.
     */
    record Decided(List<Verdict> verdicts, Stats cut) {}

    /** A name no model uses, for a search that has no other property to decide. */
    static final String NONE = "(reachable states)";

    /** {@code model}'s result, the properties of {@code kind} decided by {@code decide}, the rest by {@code search}. */
    static <S, A> CheckResult check(Model<S, A> model, SearchOptions options, Reductions<S, A> reductions,
            Searcher<S, A> search, Predicate<Property<S, A>> kind, Decider<S, A> decide) {
        List<Property<S, A>> all = model.properties();
        Predicate<Property<S, A>> selected = p -> options.only().isEmpty() || options.only().contains(p.name());
        List<Property<S, A>> apart = all.stream().filter(kind.and(selected)).toList();
        if (apart.isEmpty()) {
            return search.apply(model, options, reductions);
        }
        Set<String> rest = new LinkedHashSet<>();
        all.stream().filter(kind.negate().and(selected)).map(Property::name).forEach(rest::add);
        CheckResult main = search.apply(new Without<>(model, kind), options.withOnly(rest.isEmpty() ? Set.of(NONE) : rest),
                reductions);
        Decided decided = decide.decide(apart);
        List<Verdict> verdicts = new ArrayList<>(main.verdicts());
        verdicts.addAll(decided.verdicts());
        List<String> order = all.stream().map(Property::name).toList();
        verdicts.removeIf(v -> v.property().equals(NONE));
        verdicts.sort(Comparator.comparingInt(v -> order.indexOf(v.property())));
        boolean mainCut = !main.stats().complete() && !main.stats().limit().isEmpty();
        Stats stats = decided.cut() != null && !mainCut ? decided.cut() : main.stats();
        return new CheckResult(main.subject(), main.bounds(), stats, verdicts);
    }

    /** The model without the properties of a kind, plus the placeholder (once) when nothing else is left. */
    private static final class Without<S, A> extends ForwardingModel<S, A> {
        private final List<Property<S, A>> properties;

        Without(Model<S, A> inner, Predicate<Property<S, A>> kind) {
            super(inner);
            List<Property<S, A>> rest = new ArrayList<>(inner.properties().stream().filter(kind.negate()).toList());
            if (rest.stream().noneMatch(p -> p.name().equals(NONE))) {
                rest.add(Property.always(NONE, "every reachable state is visited", s -> true));
            }
            this.properties = List.copyOf(rest);
        }

        @Override
        public List<Property<S, A>> properties() {
            return properties;
        }
    }
}
