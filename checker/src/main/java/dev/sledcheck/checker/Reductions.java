package dev.sledcheck.checker;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.PartialOrder;
import dev.sledcheck.model.core.Reduction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The reductions a search applies: some of a model's state abstractions, and its partial-order
 * reduction or none. A value of the model's own types, so that a caller hands over the reductions
 * themselves; names ({@code gen}, {@code por}, {@code all}) are for the command line, which
 * {@link #named} turns into this once, at the edge.
 *
 * @param abstractions applied in this order (a state's representative must not depend on how a
 *                     command line was spelled, so {@link #named} keeps the model's order)
 * @param partialOrder the partial-order reduction, or {@code null} for none
 */
public record Reductions<S, A>(List<Reduction<S>> abstractions, PartialOrder<S, A> partialOrder) {

    /** The name under which a model's {@link Model#partialOrder() partial-order reduction} is offered. */
    public static final String POR = "por";

    public Reductions {
        abstractions = List.copyOf(abstractions);
    }

    /** No reduction: the plain search. */
    public static <S, A> Reductions<S, A> none() {
        return new Reductions<>(List.of(), null);
    }

    /** Every reduction {@code model} offers. */
    public static <S, A> Reductions<S, A> all(Model<S, A> model) {
        return new Reductions<>(model.reductions(), model.partialOrder());
    }

    /**
     * The reductions {@code names} asks for: the model's names, {@code all} for every one, {@code
     * none} for nothing; applied in the model's order whatever the order asked.
     *
     * @throws IllegalArgumentException for a name the model does not offer
     */
    public static <S, A> Reductions<S, A> named(Model<S, A> model, List<String> names) {
        List<String> offered = offered(model);
        List<String> wanted = new ArrayList<>();
        for (String n : names) {
            if (n.equals("all")) {
                wanted.addAll(offered);
            } else if (!n.equals("none")) {
                if (!offered.contains(n)) {
                    throw new IllegalArgumentException("unknown reduction '" + n + "'; this model offers: "
                            + (offered.isEmpty() ? "none" : String.join(", ", offered)));
                }
                wanted.add(n);
            }
        }
        List<Reduction<S>> chosen = model.reductions().stream().filter(r -> wanted.contains(r.name())).toList();
        return new Reductions<>(chosen, wanted.contains(POR) ? model.partialOrder() : null);
    }

    /** The names {@code model} offers: its state abstractions, then {@code por} if it has one. */
    public static List<String> offered(Model<?, ?> model) {
        List<String> names = new ArrayList<>(model.reductions().stream().map(Reduction::name).toList());
        if (model.partialOrder() != null) {
            names.add(POR);
        }
        return names;
    }

    /** The same abstractions without the partial order (for a model whose properties it was not argued for). */
    public Reductions<S, A> withoutPartialOrder() {
        return new Reductions<>(abstractions, null);
    }

    public boolean isEmpty() {
        return abstractions.isEmpty() && partialOrder == null;
    }

    /** The names, as reports print them: the abstractions in order, then {@code por}. */
    public List<String> names() {
        List<String> out = new ArrayList<>(abstractions.stream().map(Reduction::name).toList());
        if (partialOrder != null) {
            out.add(POR);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reductions<?, ?> r && abstractions.equals(r.abstractions)
                && Objects.equals(partialOrder, r.partialOrder);
    }

    @Override
    public int hashCode() {
        return Objects.hash(abstractions, partialOrder);
    }
}
