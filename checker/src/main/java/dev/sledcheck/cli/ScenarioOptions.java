package dev.sledcheck.cli;

import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.Options;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.reports.output.Echo;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The scenario options every command shares; unset ones take the scenario's defaults. */
final class ScenarioOptions {

    /** Far beyond what a search completes, still quick to start a bounded one (10000 take minutes to start). */
    static final int MAX_INSTANCES = 32;

    @Option(names = "--scenario", paramLabel = "S", converter = ScenarioConverter.class,
            description = "seed-7282 (default: the seed's failing test, one instance) or scale (N instances"
                    + " already stopped once, all draining).")
    Scenario scenario = Scenario.SEED_7282;

    @Option(names = "--variant", paramLabel = "V", converter = VariantConverter.class,
            completionCandidates = VariantNames.class,
            description = "A variant of the model (default sim-bug): one of those listed at the end of this help,"
                    + " each with the omicron commits it models.")
    Variant variant = Variant.SIM_BUG;

    @Option(names = "--instances", paramLabel = "N", description = "Instances (scale only, 1 to 32; default 1).")
    Integer instances;

    @Option(names = "--passes", paramLabel = "P",
            description = "Watcher passes, each at any moment (default: 2 for seed-7282, 1 for scale); 0 only with"
                    + " --user-stop, else nothing would race the drain.")
    Integer passes;

    @Option(names = "--user-stop", description = "A second user stop races the drain (#6809), on instance 0.")
    boolean userStop;

    @Option(names = "--intent", paramLabel = "on|off", converter = OnOff.class,
            description = "Instances remember the intended state (#8053); default off, as at #7282.")
    OnOff.Value intent;

    @Option(names = "--restart", paramLabel = "on|off", converter = OnOff.class,
            description = "Reincarnation restarts Failed instances (default: on for seed-7282, off for scale).")
    OnOff.Value restart;

    @picocli.CommandLine.Mixin
    FaultOptions faults = new FaultOptions();

    Configuration configuration() {
        if (passes != null && passes == 0 && !userStop) {
            // Nothing would race the drain: every verdict SAFE, vacuously (sim-bug's race needs a
            // pass). With --user-stop the second stop is the racer, a real question (the stress
            // module's stop race, where sim-fix breaks S1v), so that stays allowed.
            throw new Main.BadInput("--passes 0 leaves nothing racing the drain (no watcher pass, no second"
                    + " user stop), so every verdict would be SAFE vacuously; give --passes 1 or more, or add --user-stop");
        }
        if (instances != null && instances > MAX_INSTANCES) {
            throw new Main.BadInput("--instances takes 1 to " + MAX_INSTANCES + " (each instance multiplies the states;"
                    + " 32 already take seconds per hundred states, 10000 would not finish)");
        }
        Options o = Options.defaults(scenario);
        if (instances != null) {
            o = o.withInstances(instances);
        }
        if (passes != null) {
            o = o.withPasses(passes);
        }
        if (intent != null) {
            o = o.withIntent(intent.on());
        }
        if (restart != null) {
            o = o.withRestart(restart.on());
        }
        return new Configuration(scenario, faults.applyTo(o.withUserStop(userStop)), variant);
    }

    static final class ScenarioConverter implements ITypeConverter<Scenario> {
        @Override
        public Scenario convert(String value) {
            return Scenario.byId(value).orElseThrow(() -> new TypeConversionException(
                    "unknown scenario " + Echo.quote(value) + "; valid: " + String.join(", ", Scenario.ids())));
        }
    }

    /** The variants' names, from the code, so that --help lists exactly the variants there are. */
    static final class VariantNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Variant.names().iterator();
        }
    }

    static final class VariantConverter implements ITypeConverter<Variant> {
        @Override
        public Variant convert(String value) {
            return Variant.byName(value).orElseThrow(() -> new TypeConversionException(
                    "unknown variant " + Echo.quote(value) + "; valid: " + String.join(", ", Variant.names())));
        }
    }

    /**
     * An on|off switch. Not a {@code Boolean}: picocli treats Boolean options as flags and would
     * swallow the value.
     */
    static final class OnOff implements ITypeConverter<OnOff.Value> {
        record Value(boolean on) {}

        @Override
        public Value convert(String value) {
            if (value.equals("on") || value.equals("off")) {
                return new Value(value.equals("on"));
            }
            throw new TypeConversionException("expected on or off, got " + Echo.quote(value));
        }
    }
}
