package dev.sledcheck.provider;

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
}
