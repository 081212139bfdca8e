package dev.sledcheck.app;

import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.run.Status;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = Predictions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Predictions parse(BufferedReader in) throws IOException {
        Set<Configuration> configs = new LinkedHashSet<>();
        List<Prediction> rows = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 5) {
                throw new IllegalArgumentException(RESOURCE + ":" + n + ": expected 5 tab-separated fields, got " + f.length);
            }
            Scenario scenario = Scenario.byId(f[0]).orElseThrow(
                    () -> new IllegalArgumentException("unknown scenario " + f[0]));
            Configuration c = ConfigSyntax.parse(scenario, f[1]);
            configs.add(c);
            if (f[2].equals("-")) {
                continue;
            }
            OmicronProperty p = OmicronProperty.byName(f[2]).orElseThrow(
                    () -> new IllegalArgumentException("unknown property " + f[2]));
            rows.add(new Prediction(c, p, Status.valueOf(f[3]), f[4]));
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
