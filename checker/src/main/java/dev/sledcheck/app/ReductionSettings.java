package dev.sledcheck.app;

import dev.sledcheck.checker.Monitor;
import dev.sledcheck.checker.Reductions;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.run.CheckResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The reduction settings {@code bench} compares, by the name the command line uses: {@code none}
 * (the plain search, the baseline), each reduction a model offers alone, and {@code all} of them
 * together (the default of {@code check}).
 */
public final class ReductionSettings {
    private ReductionSettings() {}

    /** The baseline every other setting's time is divided by. */
    public static final String NONE = "none";

    /** Every reduction at once. */
    public static final String ALL = "all";

    /** The omicron model's settings: none, each reduction alone in the model's order, then all. */
    public static List<String> names() {
        return names(OmicronCheck.defaultModel());
    }

    /** Every setting {@code model} can be measured under: none, each reduction it offers alone, then all. */
    public static List<String> names(Model<?, ?> model) {
        List<String> out = new ArrayList<>();
        out.add(NONE);
        out.addAll(Reductions.offered(model));
        out.add(ALL);
        return out;
    }

    /**
     * The settings a bench of {@code model} measures unless told: {@link #names}, without {@code
     * all} when it would only repeat the one setting before it (a model offering one reduction, or
     * none).
     */
    public static List<String> measured(Model<?, ?> model) {
        List<String> out = names(model);
        if (Reductions.offered(model).size() < 2) {
            out.remove(ALL);
        }
        return out;
    }

    /**
     * Checks {@code config} under the named setting.
     *
     * @throws IllegalArgumentException for a name {@link #names()} does not list
     */
    public static CheckResult check(String setting, Configuration config, SearchOptions options, Monitor monitor) {
        if (!names().contains(setting)) {
            throw new IllegalArgumentException("unknown reduction '" + setting + "'; valid: " + String.join(", ", names()));
        }
        return OmicronCheck.run(config, options, List.of(setting), monitor);
    }
}
