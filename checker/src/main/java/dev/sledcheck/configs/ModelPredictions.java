package dev.sledcheck.configs;

import dev.sledcheck.app.LabelledRows;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.provider.ModelProvider;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The verdicts people predicted for one model, from the labelled file its provider ships ({@link
 * ModelProvider#predictions()}): what {@code matrix --model NAME} checks and sets beside what it
 * finds. The program never prints a prediction as a result.
 *
 * <p>Format: tab-separated {@code model, configuration, property, expected, why}, a prediction a
 * row; {@code #} starts a comment. The configuration is the model's options as on the command line
 * ({@code --rms 3}), {@code -} for none; expected is SAFE, VIOLATED, REACHED or UNREACHED; why is
 * the reason, never empty. One file may hold several models' rows: a model reads its own.
 */
public final class ModelPredictions {

    /** One row: the expected status of a property in a configuration, and why. */
    public record Prediction(String configuration, String property, Status expected, String why,
            LabelledRows.Row row) {}

    private final String model;
    private final List<String> configurations;
    private final List<Prediction> rows;

    private ModelPredictions(String model, List<String> configurations, List<Prediction> rows) {
        this.model = model;
        this.configurations = List.copyOf(configurations);
        this.rows = List.copyOf(rows);
    }

    /**
     * The predictions {@code provider} ships, read through its class loader; empty when it ships none.
     *
     * @throws IllegalArgumentException for a file that is missing, malformed or predicts nothing of the model
     */
    public static Optional<ModelPredictions> of(ModelProvider provider) {
        String resource = provider.predictions();
        if (resource == null) {
            return Optional.empty();
        }
        return Optional.of(parse(provider.name(), LabelledRows.resource(provider.getClass(), resource, 5)));
    }

    /** The predictions of {@code model} among {@code rows}, which may hold other models' too. */
    static ModelPredictions parse(String model, List<LabelledRows.Row> rows) {
        Set<String> configurations = new LinkedHashSet<>();
        List<Prediction> predictions = new ArrayList<>();
        for (LabelledRows.Row row : rows) {
            if (!row.field(0).equals(model)) {
                continue;
            }
            String configuration = Configured.label(row.field(1));
            String property = row.field(2);
            Status expected = decided(row);
            if (row.field(4).isBlank()) {
                throw row.error("a prediction needs its reason");
            }
            if (predictions.stream().anyMatch(p -> p.configuration().equals(configuration)
                    && p.property().equals(property))) {
                throw row.error(model + " " + configuration + " " + property + " is predicted twice");
            }
            configurations.add(configuration);
            predictions.add(new Prediction(configuration, property, expected, row.field(4), row));
        }
        if (predictions.isEmpty()) {
            String where = rows.isEmpty() ? "its predictions file" : rows.get(0).source();
            throw new IllegalArgumentException(where + " predicts nothing of model " + model);
        }
        return new ModelPredictions(model, new ArrayList<>(configurations), predictions);
    }

    /** A verdict a search decides: a prediction of INCOMPLETE would predict a limit, not the model. */
    private static Status decided(LabelledRows.Row row) {
        for (Status s : Status.values()) {
            if (s != Status.INCOMPLETE && s.name().equals(row.field(3))) {
                return s;
            }
        }
        throw row.error("expected takes SAFE, VIOLATED, REACHED or UNREACHED, not '" + row.field(3) + "'");
    }

    public String model() {
        return model;
    }

    /** The configurations' labels in file order, each once. */
    public List<String> configurations() {
        return configurations;
    }

    public List<Prediction> all() {
        return rows;
    }

    public Optional<Prediction> find(String configuration, String property) {
        return rows.stream().filter(p -> p.configuration().equals(configuration) && p.property().equals(property))
                .findFirst();
    }
}
