package dev.sledcheck.configs;

import dev.sledcheck.app.Invocation;
import dev.sledcheck.app.Reports;
import dev.sledcheck.checker.Monitor;
import dev.sledcheck.checker.Reductions;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.Cell;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Verdict;
import dev.sledcheck.provider.ModelProvider;
import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.Section;
import dev.sledcheck.reports.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code matrix} of any model with predictions: every configuration its predictions file lists,
 * checked, each verdict beside its prediction. The report is the one omicron's matrix gives, so
 * every renderer and {@code render --from} read it alike.
 */
public final class ModelMatrix {
    private ModelMatrix() {}

    /**
     * The subjects of every configuration the predictions list, in file order; each predicted
     * property must be one of its subject's. Built before any search, so that a mistake in the file
     * costs nothing and is named by its line.
     *
     * @throws IllegalArgumentException naming the file and line of the first mistake
     */
    public static List<Configured> configurations(ModelProvider provider, ModelPredictions predictions) {
        List<Configured> out = new ArrayList<>();
        for (String label : predictions.configurations()) {
            List<ModelPredictions.Prediction> rows = predictions.all().stream()
                    .filter(p -> p.configuration().equals(label)).toList();
            Configured c;
            try {
                c = Configured.parse(provider, label);
            } catch (IllegalArgumentException e) {
                throw rows.get(0).row().error(e.getMessage());
            }
            List<String> names = c.subject().model().properties().stream().map(Property::name).toList();
            for (ModelPredictions.Prediction p : rows) {
                if (!names.contains(p.property())) {
                    throw p.row().error(provider.name() + " " + label + " has no property '" + p.property()
                            + "'; its properties: " + String.join(", ", names));
                }
            }
            out.add(c);
        }
        return out;
    }

    /** Checks each of {@code configurations} under the named reductions and reports them side by side. */
    public static Report run(ModelProvider provider, ModelPredictions predictions, List<Configured> configurations,
            SearchOptions options, List<String> reductions) {
        long start = System.nanoTime();
        List<Section> sections = new ArrayList<>();
        List<String> properties = new ArrayList<>();
        List<String> applied = new ArrayList<>();
        for (Configured c : configurations) {
            CheckResult r = c.check(options, reductions, Monitor.NONE);
            List<Cell> cells = new ArrayList<>();
            for (Verdict v : r.verdicts()) {
                Optional<ModelPredictions.Prediction> p = predictions.find(c.label(), v.property());
                cells.add(new Cell(v.property(), v.status(), p.map(ModelPredictions.Prediction::expected).orElse(null),
                        p.map(ModelPredictions.Prediction::why).orElse("")));
                addNew(properties, v.property());
            }
            Reductions.named(c.subject().model(), reductions).names().forEach(n -> addNew(applied, n));
            sections.add(new Section(c.label(), Invocation.replay(provider.name(), c.subject().args()), r, cells,
                    c.subject().glossary()));
        }
        return Reports.matrix("matrix " + provider.name(), List.of(new Setting("model", provider.name())), properties,
                sections, options, applied, (System.nanoTime() - start) / 1e9);
    }

    private static void addNew(List<String> into, String name) {
        if (!into.contains(name)) {
            into.add(name);
        }
    }
}
