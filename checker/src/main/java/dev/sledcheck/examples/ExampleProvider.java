package dev.sledcheck.examples;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.provider.ModelProvider;
import dev.sledcheck.provider.Subject;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the examples' providers share: a fixed name and description, a fresh options object of
 * type {@code O} per command, and a subject whose title is derived from the name and the
 * arguments that rebuild it ({@code two-phase-commit --rms 3}), so the two never disagree.
 *
 * @param <O> the options class, whose picocli {@code @Option} fields hold their defaults
 */
public abstract class ExampleProvider<O> implements ModelProvider {

    /** The examples' predictions, one file for the four: each example's provider names it. */
    protected static final String PREDICTIONS = "/dev/sledcheck/examples/predictions.tsv";

    private final String name;
    private final String description;
    private final Supplier<O> options;

    protected ExampleProvider(String name, String description, Supplier<O> options) {
        this.name = name;
        this.description = description;
        this.options = options;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Object options() {
        return options.get();
    }

    @Override
    @SuppressWarnings("unchecked")
    public final Subject<?, ?> subject(Object options) {
        return build((O) options);
    }

    /** The subject {@code options} (as {@link #options()} made them, then filled) ask for. */
    protected abstract Subject<?, ?> build(O options);

    /** A subject titled by this model's name and {@code args}. */
    protected final <S, A> Subject<S, A> titled(Model<S, A> model, String bounds, List<String> args) {
        String title = args.isEmpty() ? name : name + " " + String.join(" ", args);
        return Subject.of(model, title, bounds, args);
    }
}
