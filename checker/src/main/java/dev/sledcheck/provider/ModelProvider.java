package dev.sledcheck.provider;

import java.util.List;

/**
 * A model the command line can run ({@code sledcheck check --model NAME ...}). Register an
 * implementation in {@code META-INF/services/dev.sledcheck.provider.ModelProvider}; it needs a
 * public no-argument constructor.
 */
public interface ModelProvider {

    /** The name {@code --model} takes: lower case, digits and dashes. */
    String name();

    /** One line for {@code sledcheck models}: what the model is. */
    String description();

    /**
     * A fresh object whose picocli {@code @Option} fields are this model's own options; the CLI
     * adds it to every command that runs a model and hands it back, filled, to {@link #subject}.
     * {@code null} (the default) for a model without options.
     */
    default Object options() {
        return null;
    }

    /**
     * The model the filled {@code options} ask for.
     *
     * @throws IllegalArgumentException for options that contradict each other (the message becomes
     *                                  the one line the user sees, with exit 2)
     */
    Subject<?, ?> subject(Object options);

    /**
     * The verdicts people predicted for this model, which {@code sledcheck matrix --model NAME}
     * checks and sets beside what it finds: a class-path resource, named as {@link
     * Class#getResource} takes it on this provider's class (relative to its package, or absolute
     * with a leading {@code /}), so a user's jar ships its own. A labelled tab-separated file, one
     * prediction a row: model, configuration (options as on the command line, {@code -} for none),
     * property, expected status, why ({@code dev.sledcheck.configs.ModelPredictions} reads it).
     * {@code null} (the default): no predictions, and so no matrix.
     */
    default String predictions() {
        return null;
    }

    /**
     * The configurations {@code sledcheck bench --model NAME} times when given none, each as on the
     * command line ({@code --rms 5}), smallest first. Empty (the default): the model's defaults alone.
     */
    default List<String> benchSizes() {
        return List.of();
    }
}
