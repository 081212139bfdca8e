package dev.sledcheck.configs;

import dev.sledcheck.app.Bench;
import dev.sledcheck.app.BenchRun;
import dev.sledcheck.app.ReductionSettings;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.provider.ModelProvider;
import dev.sledcheck.reports.bench.BenchRow;
import dev.sledcheck.reports.bench.BenchTable;
import dev.sledcheck.reports.bench.KeyColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code bench} of any model: each configuration timed under each reduction setting (none, each
 * reduction the model offers alone, and all of them), in the same table as omicron's scale bench,
 * its rows keyed by the configuration.
 */
public final class ModelBench {
    private ModelBench() {}

    /** What keys a row: the configuration, as its label says it. */
    public static final List<KeyColumn> COLUMNS = List.of(KeyColumn.text("configuration"));

    /**
     * The configurations to time: those {@code asked}, else the sizes the provider declares, else
     * its defaults alone.
     *
     * @throws IllegalArgumentException for a configuration the model does not take
     */
    public static List<Configured> configurations(ModelProvider provider, List<String> asked) {
        List<String> labels = !asked.isEmpty() ? asked
                : !provider.benchSizes().isEmpty() ? provider.benchSizes() : List.of(Configured.DEFAULTS);
        return labels.stream().map(l -> Configured.parse(provider, l)).toList();
    }

    /**
     * Every run in table order: each configuration under each of {@code settings}, or, when none
     * is asked, under each its model offers ({@link ReductionSettings#measured}).
     *
     * @throws IllegalArgumentException for a setting a configuration's model does not offer
     */
    public static List<BenchRun> runs(List<Configured> configurations, List<String> settings, SearchOptions options) {
        List<BenchRun> out = new ArrayList<>();
        for (Configured c : configurations) {
            List<String> valid = ReductionSettings.names(c.subject().model());
            for (String s : settings) {
                if (!valid.contains(s)) {
                    throw new IllegalArgumentException("unknown reduction '" + s + "' for " + c.subject().title()
                            + "; valid: " + String.join(", ", valid));
                }
            }
            for (String s : settings.isEmpty() ? ReductionSettings.measured(c.subject().model()) : settings) {
                out.add(new BenchRun(List.of(c.label()), s, monitor -> c.check(options, List.of(s), monitor)));
            }
        }
        return out;
    }

    /** Times every run; {@code ran} hears of each row as it is done. */
    public static BenchTable run(ModelProvider provider, List<BenchRun> runs, SearchOptions options,
            Consumer<BenchRow> ran) {
        List<String> settings = new ArrayList<>();
        for (BenchRun r : runs) {
            if (!settings.contains(r.reduction())) {
                settings.add(r.reduction());
            }
        }
        return Bench.run("bench " + provider.name(), COLUMNS, Bench.settings(settings, options), runs, ran);
    }
}
