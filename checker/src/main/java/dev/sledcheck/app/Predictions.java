package dev.sledcheck.app;

import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.fault.FaultPlan;
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
 * (matrix shows what the checker finds there). A row {@code * OPTIONS, *, unchanged, why} predicts
 * that OPTIONS (faults) change no verdict predicted without them, except where a row says otherwise.
 */
public final class Predictions {
    public static final String RESOURCE = "/dev/sledcheck/app/predictions.tsv";
    private static final String ANY = "*";
    private static final String UNCHANGED = "unchanged";

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
        List<LabelledRows.Row> unchanged = new ArrayList<>();
        for (LabelledRows.Row row : lines) {
            List<String> f = row.fields();
            if (f.get(1).startsWith(ANY + " ")) {
                if (!f.get(2).equals(ANY) || !f.get(3).equals(UNCHANGED)) {
                    throw row.error("a row for every configuration ('* OPTIONS') takes property '*' and 'unchanged'");
                }
                unchanged.add(row);
                continue;
            }
            Scenario scenario = scenario(row);
            Configuration c = ConfigSyntax.parse(scenario, f.get(1));
            configs.add(c);
            if (f.get(2).equals("-")) {
                continue;
            }
            OmicronProperty p = OmicronProperty.byName(f.get(2)).orElseThrow(
                    () -> new IllegalArgumentException("unknown property " + f.get(2)));
            rows.add(new Prediction(c, p, Status.valueOf(f.get(3)), f.get(4)));
        }
        for (LabelledRows.Row rule : unchanged) {
            expand(rule, configs, rows);
        }
        return new Predictions(new ArrayList<>(configs), rows);
    }

    private static Scenario scenario(LabelledRows.Row row) {
        return Scenario.byId(row.field(0)).orElseThrow(() -> row.error("unknown scenario " + row.field(0)));
    }

    /**
     * A row {@code * OPTIONS * unchanged WHY}: under OPTIONS, every prediction made for a
     * configuration without faults is made again, with WHY, unless a row names that configuration
     * under OPTIONS and that property itself. People predict that a fault changes nothing once,
     * and write out only the cells they expect it to change.
     */
    private static void expand(LabelledRows.Row rule, Set<Configuration> configs, List<Prediction> rows) {
        Scenario scenario = scenario(rule);
        String options = rule.field(1).substring(ANY.length() + 1);
        List<Prediction> plain = rows.stream().filter(r -> r.configuration().scenario() == scenario
                && !r.configuration().options().faults().any() && !r.configuration().options().updater()).toList();
        for (Prediction p : plain) {
            Configuration c = ConfigSyntax.parse(scenario, p.configuration().variantAndOptions() + " " + options);
            if (!c.options().faults().any() && !c.options().updater()) {
                throw rule.error("'* " + options + "' adds no faults and no updater");
            }
            configs.add(c);
            boolean written = rows.stream().anyMatch(r -> r.configuration().equals(c) && r.property() == p.property());
            if (!written) {
                rows.add(new Prediction(c, p.property(), p.expected(), "as without faults: " + rule.field(4)
                        + " (without faults: " + p.why() + ")"));
            }
        }
    }

    /**
     * The configurations of the matrix, in file order, each once: those without faults and without
     * the instance updater ({@link #configurations(Scenario, FaultPlan, boolean)} adds them).
     */
    public List<Configuration> configurations(Scenario scenario) {
        return configurations.stream().filter(c -> c.scenario() == scenario && !c.options().faults().any()
                && !c.options().updater()).toList();
    }

    /**
     * The matrix's configurations under {@code faults} (and the instance updater if {@code updater}):
     * each of {@link #configurations(Scenario)} with them added, so that the matrix under faults has
     * the rows the matrix has, and a row predicted for that configuration is found by {@link #find}.
     */
    public List<Configuration> configurations(Scenario scenario, FaultPlan faults, boolean updater) {
        return configurations(scenario).stream().map(c -> new Configuration(c.scenario(),
                c.options().withFaults(faults).withUpdater(updater || c.options().updater()), c.variant())).toList();
    }

    public List<Prediction> all() {
        return rows;
    }

    public Optional<Prediction> find(Configuration c, OmicronProperty p) {
        return rows.stream().filter(r -> r.configuration().equals(c) && r.property() == p).findFirst();
    }
}
