package dev.sledcheck.model.omicron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.run.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The matrix, judged inside the model module: every configuration of the checker's predictions
 * file explored whole ({@link FullSearch}: the full model, no reduction), each property's verdict
 * compared with its prediction. This is what the mutation run (docs/mutation/) kills mutants
 * with, beside the fidelity tests: a mutant of an actor, of {@code Db} or of a property dies here
 * when some configuration's verdict changes, or when the model throws or outgrows the bound.
 *
 * <p>One test per configuration, with no state shared between them: PIT runs tests again and again
 * in one JVM, one mutant after another, so a cache kept across tests would hand a later mutant
 * an earlier mutant's verdicts.
 */
class MatrixOracleTest {

    /** The predictions file, read where the checker keeps it (tests run in the model's directory). */
    static final Path PREDICTIONS = Path.of("..", "checker", "src", "main", "resources",
            "dev", "sledcheck", "app", "predictions.tsv");

    /** Well above the largest configuration of the matrix (117,165 states with no reduction). */
    static final int MAX_STATES = 250_000;

    /** The predicted verdicts of each configuration without faults, in file order. */
    static Map<Configuration, Map<String, Status>> predictions() {
        List<String> lines;
        try {
            lines = Files.readAllLines(PREDICTIONS, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Configuration, Map<String, Status>> out = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f[1].startsWith("* ") || f[1].contains("--faults") || f[1].contains("--updater")) {
                continue; // the matrix under faults: the checker's FaultMatrixTest judges it
            }
            Configuration c = configuration(Scenario.byId(f[0]).orElseThrow(), f[1]);
            Map<String, Status> row = out.computeIfAbsent(c, k -> new LinkedHashMap<>());
            if (!f[2].equals("-")) {
                row.put(f[2], Status.valueOf(f[3]));
            }
        }
        return out;
    }

    /** A configuration as the predictions file writes it: a variant, then command-line options. */
    static Configuration configuration(Scenario scenario, String text) {
        String[] w = text.trim().split("\\s+");
        Options o = Options.defaults(scenario);
        for (int i = 1; i < w.length; i++) {
            o = switch (w[i]) {
                case "--user-stop" -> o.withUserStop(true);
                case "--intent" -> o.withIntent(w[++i].equals("on"));
                case "--restart" -> o.withRestart(w[++i].equals("on"));
                case "--passes" -> o.withPasses(Integer.parseInt(w[++i]));
                case "--instances" -> o.withInstances(Integer.parseInt(w[++i]));
                default -> throw new IllegalArgumentException("option " + w[i] + " in '" + text + "'");
            };
        }
        return new Configuration(scenario, o, Variant.byName(w[0]).orElseThrow());
    }

    static Stream<Arguments> configurations() {
        List<Arguments> out = new ArrayList<>();
        predictions().forEach((c, expected) -> out.add(Arguments.of(c.describe(), c, expected)));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void everyVerdictIsAsPredicted(String name, Configuration c, Map<String, Status> expected) {
        Map<String, Status> predicted = new LinkedHashMap<>(expected);
        predicted.putAll(atRest(c));
        FullSearch.Result r = FullSearch.run(OmicronModel.build(c), MAX_STATES, predicted, AtRest.of(c));
        Map<String, Status> found = new LinkedHashMap<>(r.verdicts());
        found.keySet().retainAll(predicted.keySet());
        assertEquals(predicted, found, name + " (" + r.states() + " states)");
    }

    /**
     * The verdicts of the two judgements at rest ({@link AtRest}): nobody is ever left waiting; and no
     * row leaks except without a gen check, where a stale write can land over Destroyed before the
     * saga soft-deletes the row, which is then not destroyable and stays live.
     */
    static Map<String, Status> atRest(Configuration c) {
        return Map.of("Q", Status.SAFE, "D", c.variant().genCheck() == GenCheck.NONE ? Status.VIOLATED : Status.SAFE);
    }

    @Test
    void everyConfigurationHasAPredictionForEveryProperty() {
        Map<Configuration, Map<String, Status>> p = predictions();
        assertTrue(p.size() >= 18, p.keySet().toString());
        for (Map.Entry<Configuration, Map<String, Status>> e : p.entrySet()) {
            assertEquals(OmicronProperty.values().length, e.getValue().size(), e.getKey().describe());
        }
    }
}
