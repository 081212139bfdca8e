package dev.sledcheck.app;

import dev.sledcheck.checker.Checker;
import dev.sledcheck.checker.Monitor;
import dev.sledcheck.checker.Reductions;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.OmicronModel;
import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Reduction;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.run.CheckResult;
import java.util.ArrayList;
import java.util.List;

/** Checks one configuration of the omicron model. */
public final class OmicronCheck {
    private OmicronCheck() {}

    public static CheckResult run(Configuration config, SearchOptions options) {
        return run(config, options, List.of(), Monitor.NONE);
    }

    /** As {@link #run(Configuration, SearchOptions)}, telling {@code monitor} how the search goes. */
    public static CheckResult run(Configuration config, SearchOptions options, Monitor monitor) {
        return run(config, options, List.of(), monitor);
    }

    /** Checks {@code config} exploring representatives under the named reductions ("all": every one). */
    public static CheckResult run(Configuration config, SearchOptions options, List<String> reductions) {
        return run(config, options, reductions, Monitor.NONE);
    }

    public static CheckResult run(Configuration config, SearchOptions options, List<String> reductions,
            Monitor monitor) {
        ActorSystem<Db, Msg> model = OmicronModel.build(config);
        return Checker.of(model).options(options).reductions(Reductions.named(model, reductions)).monitor(monitor)
                .about(config.describe(), config.bounds()).run();
    }

    /** The reductions the omicron model offers, by name, in the order they are applied. */
    public static List<String> reductionNames() {
        return Reductions.offered(defaultModel());
    }

    /** The model whose reductions stand for every omicron configuration's (scale offers them all). */
    public static Model<?, ?> defaultModel() {
        return OmicronModel.build(Configuration.of(Scenario.SCALE, Variant.SIM_FIX));
    }

    /** The names asked for, as applied: "all" spelled out as what {@code model} offers, "none" dropped. */
    public static List<String> expand(Model<?, ?> model, List<String> names) {
        return Reductions.named(model, names).names();
    }

    /** The command line that replays a schedule of {@code config}, starting as the user started sledcheck. */
    public static String replayCommand(Configuration config) {
        return replayCommand(config.args());
    }

    /** The command line that replays a schedule of the default model built with {@code args}. */
    public static String replayCommand(List<String> args) {
        return Invocation.replay(dev.sledcheck.provider.Providers.DEFAULT, args);
    }

    /** {@code config} as CLI options. */
    public static String args(Configuration config) {
        return String.join(" ", config.args());
    }
}
