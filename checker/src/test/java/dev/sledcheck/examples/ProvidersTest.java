package dev.sledcheck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.checker.Checker;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.provider.ModelProvider;
import dev.sledcheck.provider.Providers;
import dev.sledcheck.provider.Subject;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The examples as the command line finds them: by name, with options that rebuild each subject. */
class ProvidersTest {

    private static final List<String> EXAMPLES = List.of("die-hard", "peterson", "retrying-client", "two-phase-commit");

    @Test
    void theExamplesAreListedByName() {
        List<String> names = Providers.names();

        assertEquals(EXAMPLES, names.stream().filter(EXAMPLES::contains).toList());
        assertEquals(names.stream().sorted().toList(), names);
    }

    @ParameterizedTest
    @ValueSource(strings = {"die-hard", "peterson", "retrying-client", "two-phase-commit"})
    void theDefaultSubjectBuildsAndChecks(String name) {
        ModelProvider provider = Providers.byName(name).orElseThrow();
        Subject<?, ?> subject = provider.subject(provider.options());

        CheckResult result = check(subject);

        assertTrue(result.stats().complete(), subject.title());
        assertFalse(result.verdicts().isEmpty());
        assertEquals(String.join(" ", concat(name, subject.args())), subject.title());
        assertFalse(provider.description().isBlank());
        assertFalse(provider.description().contains("\n"));
    }

    /** A subject's args, parsed as the command line would, build the same subject again. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "die-hard|",
        "two-phase-commit|",
        "two-phase-commit|--rms 5 --eager-commit",
        "peterson|",
        "peterson|--atomic-await",
        "peterson|--broken",
        "retrying-client|",
        "retrying-client|--requests 3 --retries 0 --dedup",
    })
    void theArgsRebuildTheSubject(String name, String given) {
        ModelProvider provider = Providers.byName(name).orElseThrow();
        Subject<?, ?> first = subjectOf(provider, given == null ? List.of() : List.of(given.split(" ")));

        Subject<?, ?> again = subjectOf(provider, first.args());

        assertEquals(first.title(), again.title());
        assertEquals(first.bounds(), again.bounds());
        assertEquals(check(first).stats().states(), check(again).stats().states());
        if (given != null) {
            assertTrue(first.title().endsWith(given), first.title());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "two-phase-commit|--rms 0|--rms takes 1 to 30, not 0",
        "two-phase-commit|--rms 31|--rms takes 1 to 30, not 31",
        "peterson|--broken --atomic-await|--atomic-await changes nothing with --broken",
        "retrying-client|--requests 0|--requests takes 1 to 9, not 0",
        "retrying-client|--retries -1|--retries takes 0 to 9, not -1",
    })
    void contradictionsAreRefusedInOneLine(String name, String given, String message) {
        ModelProvider provider = Providers.byName(name).orElseThrow();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> subjectOf(provider, List.of(given.split(" "))));

        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    /** The subject the provider builds from {@code args}, parsed into fresh options by picocli. */
    private static Subject<?, ?> subjectOf(ModelProvider provider, List<String> args) {
        Object options = provider.options();
        if (options == null) {
            assertEquals(List.of(), args);
        } else {
            new CommandLine(CommandSpec.forAnnotatedObject(options)).parseArgs(args.toArray(String[]::new));
        }
        return provider.subject(options);
    }

    private static CheckResult check(Subject<?, ?> subject) {
        return Checker.of(subject.model()).about(subject.title(), subject.bounds()).run();
    }

    private static List<String> concat(String head, List<String> tail) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(head), tail.stream()).toList();
    }
}
