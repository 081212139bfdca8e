package dev.sledcheck.configs;

import dev.sledcheck.checker.Checker;
import dev.sledcheck.checker.Monitor;
import dev.sledcheck.checker.Reductions;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.provider.ModelProvider;
import dev.sledcheck.provider.Subject;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * A configuration of a model as its label says it, and the subject it builds. The label's words are
 * parsed by picocli into a fresh {@link ModelProvider#options()} object, as {@code check --model
 * NAME WORDS} fills it, so a configuration means on a predictions row or after {@code --config}
 * exactly what it means on the command line.
 *
 * @param label the options, one space between words; {@link #DEFAULTS} for none
 */
public record Configured(String label, Subject<?, ?> subject) {

    /** How a configuration without options (the model's defaults) is written. */
    public static final String DEFAULTS = "-";

    /**
     * The subject {@code configuration} asks {@code provider} for: words split at white space
     * (there is no quoting: no example's option takes a space).
     *
     * @throws IllegalArgumentException for options the model does not take, or that contradict each other
     */
    public static Configured parse(ModelProvider provider, String configuration) {
        String label = label(configuration);
        String[] words = label.equals(DEFAULTS) ? new String[0] : label.split(" ");
        Object options = provider.options();
        if (options == null && words.length > 0) {
            throw new IllegalArgumentException("model " + provider.name() + " takes no options, not '" + label + "'");
        }
        try {
            if (options != null) {
                new CommandLine(options).parseArgs(words);
            }
            return new Configured(label, provider.subject(options));
        } catch (CommandLine.ParameterException | IllegalArgumentException e) {
            // Said of the configuration it is about: a bench or a predictions file names several.
            throw new IllegalArgumentException(provider.name() + " " + label + ": " + e.getMessage(), e);
        }
    }

    /** {@code configuration} as a label: its words with one space between them, or {@link #DEFAULTS}. */
    public static String label(String configuration) {
        List<String> words = Arrays.stream(configuration.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        return words.isEmpty() || words.equals(List.of(DEFAULTS)) ? DEFAULTS : String.join(" ", words);
    }

    /** Checks the subject under the named reductions ({@code all}, {@code none}, or the model's names). */
    public CheckResult check(SearchOptions options, List<String> reductions, Monitor monitor) {
        return check(subject, options, reductions, monitor);
    }

    /** Checks {@code subject} under the named reductions: what {@code check --model} runs. */
    public static <S, A> CheckResult check(Subject<S, A> subject, SearchOptions options, List<String> reductions,
            Monitor monitor) {
        return Checker.of(subject.model()).options(options).reductions(Reductions.named(subject.model(), reductions))
                .monitor(monitor).about(subject.title(), subject.bounds()).run();
    }
}
