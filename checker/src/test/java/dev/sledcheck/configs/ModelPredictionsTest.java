package dev.sledcheck.configs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.app.LabelledRows;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.provider.ModelProvider;
import dev.sledcheck.provider.Providers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A model's predictions file: what it means, and every mistake in it named by its line. */
class ModelPredictionsTest {

    private static final ModelProvider PETERSON = Providers.byName("peterson").orElseThrow();

    private static List<LabelledRows.Row> rows(String... lines) throws IOException {
        return LabelledRows.read(new BufferedReader(new StringReader(String.join("\n", lines))), "p.tsv", 5);
    }

    private static String error(String... lines) {
        return assertThrows(IllegalArgumentException.class, () -> {
            ModelPredictions p = ModelPredictions.parse("peterson", rows(lines));
            ModelMatrix.configurations(PETERSON, p);
        }).getMessage();
    }

    @Test
    void aModelReadsItsOwnRowsInFileOrderEachConfigurationOnce() throws IOException {
        ModelPredictions p = ModelPredictions.parse("peterson", rows(
                "# PREDICTIONS: a test's",
                "peterson\t--broken\tNoDeadlock\tVIOLATED\tLockOne",
                "die-hard\t-\tTypeOK\tSAFE\tanother model's row",
                "peterson\t-\tMutualExclusion\tSAFE\tPeterson",
                "peterson\t  --broken \tMutualExclusion\tSAFE\tspaces around the options change nothing"));
        assertEquals(List.of("--broken", "-"), p.configurations());
        assertEquals(3, p.all().size());
        assertEquals(Status.VIOLATED, p.find("--broken", "NoDeadlock").orElseThrow().expected());
        assertEquals(5, p.find("--broken", "MutualExclusion").orElseThrow().row().line());
        assertTrue(p.find("-", "NoDeadlock").isEmpty());
    }

    @Test
    void everyMistakeIsNamedByItsLine() {
        assertEquals("p.tsv:2: expected 5 tab-separated fields, got 4",
                error("peterson\t-\tNoDeadlock\tSAFE\tok", "peterson\t-\tMutualExclusion\tSAFE"));
        assertEquals("p.tsv:1: expected takes SAFE, VIOLATED, REACHED or UNREACHED, not 'INCOMPLETE'",
                error("peterson\t-\tNoDeadlock\tINCOMPLETE\ta limit, not the model"));
        assertEquals("p.tsv:1: a prediction needs its reason", error("peterson\t-\tNoDeadlock\tSAFE\t "));
        assertEquals("p.tsv:2: peterson - NoDeadlock is predicted twice",
                error("peterson\t-\tNoDeadlock\tSAFE\tonce", "peterson\t-\tNoDeadlock\tSAFE\ttwice"));
        assertEquals("p.tsv:1: peterson --broken has no property 'Deadlock'; its properties: MutualExclusion,"
                + " NoDeadlock, EntersCritical", error("peterson\t--broken\tDeadlock\tSAFE\ta typo"));
        assertTrue(error("peterson\t--brokn\tNoDeadlock\tSAFE\ta typo").startsWith("p.tsv:1: peterson --brokn: Unknown"),
                "picocli's word for the option it does not know");
        assertEquals("p.tsv:1: peterson --broken --atomic-await: --atomic-await changes nothing with --broken: its"
                + " wait reads only the other's flag, one step either way; give one of them",
                error("peterson\t--broken --atomic-await\tNoDeadlock\tSAFE\tthe provider refuses the pair"));
        assertEquals("p.tsv predicts nothing of model peterson", error("die-hard\t-\tTypeOK\tSAFE\tnot ours"));
    }

    @Test
    void theExamplesFileNamesOnlyModelsThatReadIt() {
        // A misspelt model name would drop its rows silently: every name must be a provider that names this file.
        Set<String> readers = new TreeSet<>();
        String file = null;
        for (ModelProvider p : Providers.all()) {
            if (p.predictions() != null && p.getClass().getName().startsWith("dev.sledcheck.examples.")) {
                readers.add(p.name());
                file = p.predictions();
            }
        }
        assertEquals(Set.of("die-hard", "peterson", "retrying-client", "two-phase-commit"), readers);
        Set<String> named = new TreeSet<>();
        for (LabelledRows.Row r : LabelledRows.resource(ModelPredictions.class, file, 5)) {
            named.add(r.field(0));
        }
        assertEquals(readers, named);
    }

    @Test
    void aConfigurationIsParsedAsTheCommandLineWouldBe() {
        Configured c = Configured.parse(Providers.byName("retrying-client").orElseThrow(), " --dedup   --retries 2 ");
        assertEquals("--dedup --retries 2", c.label());
        assertEquals(List.of("--requests", "2", "--retries", "2", "--dedup"), c.subject().args());
        assertEquals("-", Configured.parse(PETERSON, "-").label());
        assertEquals("-", Configured.parse(PETERSON, "").label());
        assertEquals(List.of(), Configured.parse(PETERSON, "-").subject().args());
        assertEquals("model die-hard takes no options, not '--big 6'", assertThrows(IllegalArgumentException.class,
                () -> Configured.parse(Providers.byName("die-hard").orElseThrow(), "--big 6")).getMessage());
    }
}
