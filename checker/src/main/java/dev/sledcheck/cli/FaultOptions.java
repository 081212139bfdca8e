package dev.sledcheck.cli;

import dev.sledcheck.model.omicron.Options;
import dev.sledcheck.model.omicron.fault.FaultKind;
import dev.sledcheck.model.omicron.fault.FaultPlan;
import dev.sledcheck.reports.output.Echo;
import java.util.EnumSet;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --faults}, {@code --max-faults} and {@code --updater}: shared by the scenario's options and {@code matrix}. */
final class FaultOptions {

    /** Far beyond what a search of the seed completes with every kind on; the bound only keeps typos out. */
    static final int MAX_FAULTS = 9;

    @Option(names = "--faults", paramLabel = "KINDS", split = ",", converter = KindConverter.class,
            description = "Faults that may strike a run, a comma list of the kinds listed at the end of this help"
                    + " (default: none), at most --max-faults of them in a run.")
    List<FaultKind> faults;

    @Option(names = "--max-faults", paramLabel = "K",
            description = "The most faults a run may have, of all kinds together (1 to " + MAX_FAULTS
                    + ", default 1); only with --faults.")
    Integer maxFaults;

    @Option(names = "--updater",
            description = "Nexus's instance-updater task runs, as in production (omicron's tests disable it):"
                    + " the one repair of an instance whose update saga was lost.")
    boolean updater;

    /** {@code o} with these options applied; a bound without faults, or out of range, is bad input. */
    Options applyTo(Options o) {
        if (maxFaults != null && (faults == null || faults.isEmpty())) {
            throw new Main.BadInput("--max-faults bounds the faults --faults names; give --faults KINDS too");
        }
        if (maxFaults != null && (maxFaults < 1 || maxFaults > MAX_FAULTS)) {
            throw new Main.BadInput("--max-faults takes 1 to " + MAX_FAULTS + " (each fault more multiplies the"
                    + " states)");
        }
        FaultPlan plan = faults == null || faults.isEmpty() ? FaultPlan.NONE
                : new FaultPlan(EnumSet.copyOf(faults), maxFaults == null ? FaultPlan.NONE.max() : maxFaults);
        return o.withFaults(plan).withUpdater(updater);
    }

    static final class KindConverter implements ITypeConverter<FaultKind> {
        @Override
        public FaultKind convert(String value) {
            return FaultKind.byId(value).orElseThrow(() -> new TypeConversionException(
                    "unknown fault kind " + Echo.quote(value) + "; valid: " + String.join(", ", FaultKind.ids())));
        }
    }

    /** The kinds and what each does, for help: from {@link FaultKind}, so help lists exactly the kinds there are. */
    static String help(int width) {
        StringBuilder sb = new StringBuilder("Fault kinds (--faults), each following omicron's code (docs/model.md):\n");
        int pad = FaultKind.ids().stream().mapToInt(String::length).max().orElse(0) + 4;
        for (FaultKind k : FaultKind.values()) {
            sb.append(dev.sledcheck.reports.Wrap.hanging(dev.sledcheck.reports.Wrap.pad("  " + k.id(), pad),
                    k.summary() + ".", width));
        }
        return sb.toString();
    }
}
