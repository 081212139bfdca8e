package dev.sledcheck.app;

import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.Options;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.omicron.fault.FaultKind;
import dev.sledcheck.model.omicron.fault.FaultPlan;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Parses a configuration written as in the CLI, a variant then scenario options:
 * {@code sim-fix --user-stop --intent on}. Used by the predictions file, so a row reads exactly
 * like the command that checks it.
 */
public final class ConfigSyntax {
    private ConfigSyntax() {}

    public static Configuration parse(Scenario scenario, String text) {
        List<String> t = Arrays.asList(text.trim().split("\\s+"));
        if (t.isEmpty() || t.get(0).isEmpty()) {
            throw new IllegalArgumentException("empty configuration");
        }
        Variant variant = Variant.byName(t.get(0)).orElseThrow(() -> new IllegalArgumentException(
                "unknown variant '" + t.get(0) + "'; valid: " + String.join(", ", Variant.names())));
        Options o = Options.defaults(scenario);
        Integer maxFaults = null;
        for (int i = 1; i < t.size(); i++) {
            String opt = t.get(i);
            switch (opt) {
                case "--user-stop":
                    o = o.withUserStop(true);
                    break;
                case "--intent":
                    o = o.withIntent(onOff(t, ++i, opt));
                    break;
                case "--restart":
                    o = o.withRestart(onOff(t, ++i, opt));
                    break;
                case "--passes":
                    o = o.withPasses(number(t, ++i, opt));
                    break;
                case "--instances":
                    o = o.withInstances(number(t, ++i, opt));
                    break;
                case "--faults":
                    o = o.withFaults(new FaultPlan(kinds(t, ++i), o.faults().max()));
                    break;
                case "--max-faults":
                    maxFaults = number(t, ++i, opt);
                    break;
                case "--updater":
                    o = o.withUpdater(true);
                    break;
                default:
                    throw new IllegalArgumentException("unknown option '" + opt
                            + "'; valid: --user-stop, --intent on|off, --restart on|off, --passes N, --instances N,"
                            + " --faults KINDS, --max-faults K, --updater");
            }
        }
        if (maxFaults != null) {
            if (!o.faults().any()) {
                throw new IllegalArgumentException("--max-faults without --faults");
            }
            o = o.withFaults(o.faults().withMax(maxFaults));
        }
        return new Configuration(scenario, o, variant);
    }

    private static Set<FaultKind> kinds(List<String> t, int i) {
        String v = i < t.size() ? t.get(i) : "";
        Set<FaultKind> out = EnumSet.noneOf(FaultKind.class);
        for (String id : v.split(",")) {
            out.add(FaultKind.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown fault kind '" + id
                    + "'; valid: " + String.join(", ", FaultKind.ids()))));
        }
        return out;
    }

    private static boolean onOff(List<String> t, int i, String opt) {
        String v = i < t.size() ? t.get(i) : "";
        if (v.equals("on")) {
            return true;
        }
        if (v.equals("off")) {
            return false;
        }
        throw new IllegalArgumentException(opt + " takes on or off, got '" + v + "'");
    }

    private static int number(List<String> t, int i, String opt) {
        try {
            return Integer.parseInt(i < t.size() ? t.get(i) : "");
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(opt + " takes a number");
        }
    }
}
