package dev.sledcheck.model.omicron;

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

    /** One line naming it, options that differ from the scenario's defaults included. */
    public String describe() {
        Options d = Options.defaults(scenario);
        StringBuilder sb = new StringBuilder(scenario.id()).append(' ').append(variant.name());
        if (options.instances() != d.instances()) {
            sb.append(" --instances ").append(options.instances());
        }
        if (options.passes() != d.passes()) {
            sb.append(" --passes ").append(options.passes());
        }
        if (options.userStop()) {
            sb.append(" --user-stop");
        }
        if (options.intent() != d.intent()) {
            sb.append(" --intent ").append(options.intent() ? "on" : "off");
        }
        if (options.restart() != d.restart()) {
            sb.append(" --restart ").append(options.restart() ? "on" : "off");
        }
        return sb.toString();
    }

    /** The bounds a SAFE verdict holds within. */
    public String bounds() {
        int stops = (scenario == Scenario.SEED_7282 ? 1 : 0) + (options.userStop() ? 1 : 0);
        return "instances=" + options.instances()
                + ", watcher passes<=" + options.passes()
                + ", restarts<=" + (options.restart() ? "1 per instance" : "0")
                + ", user stops=" + stops
                + ", intent " + (intent() ? "on" : "off")
                + ", no faults (no lost, duplicated or failed messages)";
    }
}
