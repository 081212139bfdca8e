package dev.sledcheck.app;

import dev.sledcheck.checker.Checker;
import dev.sledcheck.checker.Monitor;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.OmicronModel;
import dev.sledcheck.model.run.CheckResult;

/** Checks one configuration of the omicron model. */
public final class OmicronCheck {
    private OmicronCheck() {}

    public static CheckResult run(Configuration config, SearchOptions options) {
        return run(config, options, Monitor.NONE);
    }

    /** As {@link #run(Configuration, SearchOptions)}, telling {@code monitor} how the search goes. */
    public static CheckResult run(Configuration config, SearchOptions options, Monitor monitor) {
        return Checker.check(OmicronModel.build(config), options, monitor, config.describe(), config.bounds());
    }

    /** The command line that replays a schedule of {@code config}. */
    public static String replayCommand(Configuration config) {
        return "sledcheck replay " + args(config);
    }

    /** {@code config} as CLI options. */
    public static String args(Configuration config) {
        String d = config.describe();
        int sp = d.indexOf(' ');
        return "--scenario " + d.substring(0, sp) + " --variant " + d.substring(sp + 1);
    }
}
