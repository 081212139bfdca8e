package dev.sledcheck.app;

import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.run.Status;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The labelled predictions file ({@code predictions.tsv} on the classpath): expected verdicts
 * taken from protocol.md and the issues, which {@code matrix} and the tests compare with what the
 * checker finds. The program never prints a prediction as a result.
 *
 * <p>Format: tab-separated {@code scenario, configuration, property, expected, why}; {@code #}
 * starts a comment. A row whose property is {@code -} lists a configuration with no prediction
 * (matrix shows what the checker finds there).
 */
public final class Predictions {
    public static final String RESOURCE = "/dev/sledcheck/app/predictions.tsv";

    private final List<Configuration> configurations;
    private final List<Prediction> rows;

    private Predictions(List<Configuration> configurations, List<Prediction> rows) {
        this.configurations = List.copyOf(configurations);
        this.rows = List.copyOf(rows);
    }

    public static Predictions load() {
        return parse(LabelledRows.resource(Predictions.class, RESOURCE, 5));
    }

    static Predictions parse(BufferedReader in) throws IOException {
        return parse(LabelledRows.read(in, RESOURCE, 5));
    }

    private static Predictions parse(List<LabelledRows.Row> lines) {
        Set<Configuration> configs = new LinkedHashSet<>();
        List<Prediction> rows = new ArrayList<>();
        for (LabelledRows.Row row : lines) {
            List<String> f = row.fields();
            Scenario scenario = Scenario.byId(f.get(0)).orElseThrow(
                    () -> new IllegalArgumentException("unknown scenario " + f.get(0)));
            Configuration c = ConfigSyntax.parse(scenario, f.get(1));
            configs.add(c);
            if (f.get(2).equals("-")) {
                continue;
            }
            OmicronProperty p = OmicronProperty.byName(f.get(2)).orElseThrow(
                    () -> new IllegalArgumentException("unknown property " + f.get(2)));
            rows.add(new Prediction(c, p, Status.valueOf(f.get(3)), f.get(4)));
        }
        return new Predictions(new ArrayList<>(configs), rows);
    }

    /** The configurations in file order, each once. */
    public List<Configuration> configurations(Scenario scenario) {
        return configurations.stream().filter(c -> c.scenario() == scenario).toList();
    }

    public List<Prediction> all() {
        return rows;
    }

    public Optional<Prediction> find(Configuration c, OmicronProperty p) {
        return rows.stream().filter(r -> r.configuration().equals(c) && r.property() == p).findFirst();
    }
}
