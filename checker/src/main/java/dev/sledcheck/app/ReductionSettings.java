package dev.sledcheck.app;

import dev.sledcheck.checker.Monitor;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.run.CheckResult;
import java.util.List;

/**
 * The reduction settings {@code bench} can compare, by the name the command line uses. Only
 * {@code none} (the plain search) exists so far; a new reduction is one more name here and one
 * more branch in {@link #check}, and the table gains a row per configuration.
 */
public final class ReductionSettings {
    private ReductionSettings() {}

    /** The baseline every other setting's time is divided by. */
    public static final String NONE = "none";

    public static List<String> names() {
        return List.of(NONE);
    }

    /**
     * Checks {@code config} under the named setting.
     *
     * @throws IllegalArgumentException for a name {@link #names()} does not list
     */
    public static CheckResult check(String setting, Configuration config, SearchOptions options, Monitor monitor) {
        if (setting.equals(NONE)) {
            return OmicronCheck.run(config, options, monitor);
        }
        throw new IllegalArgumentException("unknown reduction '" + setting + "'; valid: " + String.join(", ", names()));
    }
}
