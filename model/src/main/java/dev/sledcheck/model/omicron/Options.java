package dev.sledcheck.model.omicron;

import dev.sledcheck.model.omicron.fault.FaultPlan;

/**
 * A scenario's knobs.
 *
 * @param instances number of instances (seed-7282 has exactly one)
 * @param passes    watcher passes (the bound on the watcher)
 * @param userStop  a second user stop races the drain (#6809), on instance 0
 * @param intent    instances remember the user's intended state (#8053)
 * @param restart   reincarnation may restart a Failed instance (at most once each)
 * @param liveness  the liveness properties ({@link OmicronLiveness}) are decided too, under weak
 *                  fairness of every actor; off by default, so every other output stays as it was
 * @param faults    the faults that may strike a run, and how many ({@link FaultPlan#NONE} by default)
 * @param updater   Nexus's instance-updater background task runs, as in production (omicron's test
 *                  config disables it); off by default
 */
public record Options(int instances, int passes, boolean userStop, boolean intent, boolean restart,
        boolean liveness, FaultPlan faults, boolean updater) {

    public Options {
        if (instances < 1) {
            throw new IllegalArgumentException("instances must be at least 1, got " + instances);
        }
        if (passes < 0) {
            throw new IllegalArgumentException("passes must be at least 0, got " + passes);
        }
        java.util.Objects.requireNonNull(faults, "faults");
    }

    /** The scenario's defaults: intent off (as at #7282), no racing user stop, no faults. */
    public static Options defaults(Scenario s) {
        return new Options(s.defaultInstances(), s.defaultPasses(), false, false, s.defaultRestart(), false,
                FaultPlan.NONE, false);
    }

    public Options withInstances(int n) {
        return new Options(n, passes, userStop, intent, restart, liveness, faults, updater);
    }

    public Options withPasses(int p) {
        return new Options(instances, p, userStop, intent, restart, liveness, faults, updater);
    }

    public Options withUserStop(boolean u) {
        return new Options(instances, passes, u, intent, restart, liveness, faults, updater);
    }

    public Options withIntent(boolean i) {
        return new Options(instances, passes, userStop, i, restart, liveness, faults, updater);
    }

    public Options withRestart(boolean r) {
        return new Options(instances, passes, userStop, intent, r, liveness, faults, updater);
    }

    public Options withLiveness(boolean l) {
        return new Options(instances, passes, userStop, intent, restart, l, faults, updater);
    }

    public Options withFaults(FaultPlan f) {
        return new Options(instances, passes, userStop, intent, restart, liveness, f, updater);
    }

    public Options withUpdater(boolean u) {
        return new Options(instances, passes, userStop, intent, restart, liveness, faults, u);
    }
}
