package dev.sledcheck.app;

import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.Options;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.reports.bench.KeyColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code bench} runs: every combination of the variants, instance counts, watcher passes and
 * user-stop settings of the {@code scale} scenario, each under every reduction setting, each run
 * with {@code options} (which carry the per-run time budget).
 */
public record BenchPlan(List<Variant> variants, List<Integer> instances, List<Integer> passes,
        List<Boolean> userStops, List<String> reductions, SearchOptions options) {

    /** What keys a row of this bench: the parts of a scale configuration. */
    public static final List<KeyColumn> COLUMNS = List.of(KeyColumn.text("variant"),
            new KeyColumn("instances", "instances", KeyColumn.Kind.NUMBER),
            new KeyColumn("passes", "passes", KeyColumn.Kind.NUMBER),
            new KeyColumn("user-stop", "userStop", KeyColumn.Kind.ON_OFF));

    public BenchPlan {
        variants = List.copyOf(variants);
        instances = List.copyOf(instances);
        passes = List.copyOf(passes);
        userStops = List.copyOf(userStops);
        reductions = List.copyOf(reductions);
        for (String r : reductions) {
            if (!ReductionSettings.names().contains(r)) {
                throw new IllegalArgumentException("unknown reduction '" + r + "'; valid: "
                        + String.join(", ", ReductionSettings.names()));
            }
        }
    }

    /** The configurations in table order: variant, then instances, passes, user stop (off first). */
    public List<Configuration> configurations() {
        List<Configuration> out = new ArrayList<>();
        for (Variant v : variants) {
            for (int n : instances) {
                for (int p : passes) {
                    for (boolean stop : userStops) {
                        Options o = Options.defaults(Scenario.SCALE).withInstances(n).withPasses(p).withUserStop(stop);
                        out.add(new Configuration(Scenario.SCALE, o, v));
                    }
                }
            }
        }
        return out;
    }

    /** Every run in table order: each configuration under each reduction setting. */
    public List<BenchRun> runs() {
        List<BenchRun> out = new ArrayList<>();
        for (Configuration c : configurations()) {
            List<String> key = List.of(c.variant().name(), Integer.toString(c.options().instances()),
                    Integer.toString(c.options().passes()), c.options().userStop() ? "on" : "off");
            for (String reduction : reductions) {
                out.add(new BenchRun(key, reduction, monitor -> ReductionSettings.check(reduction, c, options, monitor)));
            }
        }
        return out;
    }
}
