package dev.sledcheck.model.omicron;

import dev.sledcheck.model.omicron.fault.FaultKind;
import dev.sledcheck.model.omicron.fault.FaultPlan;
import java.util.ArrayList;
import java.util.List;

/** What one check decides about: a scenario, its options and a variant. */
public record Configuration(Scenario scenario, Options options, Variant variant) {

    public Configuration {
        if (scenario == Scenario.SEED_7282 && options.instances() != 1) {
            throw new IllegalArgumentException("seed-7282 has exactly one instance (use --scenario scale)");
        }
    }

    public static Configuration of(Scenario s, Variant v) {
        return new Configuration(s, Options.defaults(s), v);
    }

    /** Instances remember the intended state: asked for, or always in a Nexus that has it (HEAD). */
    public boolean intent() {
        return options.intent() || variant.nexus().intentAlways();
    }

    /** The options that differ from the scenario's defaults, as command-line arguments. */
    public List<String> optionArgs() {
        Options d = Options.defaults(scenario);
        List<String> args = new ArrayList<>();
        if (options.instances() != d.instances()) {
            args.addAll(List.of("--instances", Integer.toString(options.instances())));
        }
        if (options.passes() != d.passes()) {
            args.addAll(List.of("--passes", Integer.toString(options.passes())));
        }
        if (options.userStop()) {
            args.add("--user-stop");
        }
        if (options.intent() != d.intent()) {
            args.addAll(List.of("--intent", options.intent() ? "on" : "off"));
        }
        if (options.restart() != d.restart()) {
            args.addAll(List.of("--restart", options.restart() ? "on" : "off"));
        }
        args.addAll(faultArgs(options.faults(), options.updater()));
        if (options.liveness()) {
            args.add("--liveness");
        }
        return args;
    }

    /** {@code --faults KINDS [--max-faults K]} and {@code --updater}, as far as they differ from the defaults. */
    public static List<String> faultArgs(FaultPlan faults, boolean updater) {
        List<String> args = new ArrayList<>();
        if (faults.any()) {
            args.addAll(List.of("--faults", faults.ids()));
            if (faults.max() != FaultPlan.NONE.max()) {
                args.addAll(List.of("--max-faults", Integer.toString(faults.max())));
            }
        }
        if (updater) {
            args.add("--updater");
        }
        return args;
    }

    /** The variant and the options that differ from the defaults: a matrix row's and a prediction's name. */
    public String variantAndOptions() {
        List<String> words = new ArrayList<>();
        words.add(variant.name());
        words.addAll(optionArgs());
        return String.join(" ", words);
    }

    /** One line naming it: the scenario, the variant, and options that differ from the defaults. */
    public String describe() {
        return scenario.id() + " " + variantAndOptions();
    }

    /** The whole configuration as command-line arguments, e.g. for a replay command. */
    public List<String> args() {
        List<String> args = new ArrayList<>(List.of("--scenario", scenario.id(), "--variant", variant.name()));
        args.addAll(optionArgs());
        return args;
    }

    /** The bounds a SAFE verdict holds within. */
    public String bounds() {
        int stops = (scenario == Scenario.SEED_7282 ? 1 : 0) + (options.userStop() ? 1 : 0);
        return "instances=" + options.instances()
                + ", watcher passes<=" + options.passes()
                + ", restarts<=" + (options.restart() ? "1 per instance" : "0")
                + ", user stops=" + stops
                + ", intent " + (intent() ? "on" : "off")
                + ", " + faultBounds()
                + (options.updater() ? ", instance updater on" : "");
    }

    private String faultBounds() {
        FaultPlan f = options.faults();
        if (!f.any()) {
            return "no faults (no lost, duplicated or failed messages)";
        }
        List<String> ids = f.ordered().stream().map(FaultKind::id).toList();
        return "at most " + f.max() + " fault" + (f.max() == 1 ? "" : "s") + " (" + String.join(", ", ids) + ")";
    }
}
