package dev.sledcheck.app;

import dev.sledcheck.checker.Monitor;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import dev.sledcheck.reports.Setting;
import dev.sledcheck.reports.bench.BenchRow;
import dev.sledcheck.reports.bench.BenchTable;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs a {@link BenchPlan} in this JVM, one check after another, and tabulates them. Memory per
 * state is what the heap still holds when a search ends (after a collection) less what it held
 * before, over the states found: whole states, fingerprint tables and claims alike, measured the
 * same way.
 */
public final class Bench {
    private Bench() {}

    /** Runs every cell of the plan; {@code ran} hears of each row as it is done. */
    public static BenchTable run(BenchPlan plan, Consumer<BenchRow> ran) {
        List<BenchRow> rows = new ArrayList<>();
        for (Configuration c : plan.configurations()) {
            double none = Double.NaN;
            for (String reduction : plan.reductions()) {
                HeapMeter meter = new HeapMeter();
                CheckResult r = ReductionSettings.check(reduction, c, plan.options(), meter);
                BenchRow row = row(c, reduction, r, meter.perState(r.stats().states()));
                if (reduction.equals(ReductionSettings.NONE)) {
                    none = r.stats().seconds();
                }
                row = row.withRatioToNone(Double.isNaN(none) ? Double.NaN : r.stats().seconds() / none);
                rows.add(row);
                ran.accept(row);
            }
        }
        return new BenchTable("bench scale", settings(plan), rows);
    }

    private static BenchRow row(Configuration c, String reduction, CheckResult r, double bytesPerState) {
        return new BenchRow(c.variant().name(), c.options().instances(), c.options().passes(), c.options().userStop(),
                reduction, outcome(r), store(r.stats().dedup()), r.stats().states(), r.stats().transitions(),
                r.stats().seconds(), bytesPerState, Double.NaN);
    }

    /** SAFE, VIOLATED and what broke, or INCOMPLETE and the limit that cut it. */
    static String outcome(CheckResult r) {
        List<String> broken = r.verdicts().stream().filter(v -> v.status() == Status.VIOLATED)
                .map(Verdict::property).toList();
        if (!broken.isEmpty()) {
            String rest = r.anyIncomplete() ? ", rest INCOMPLETE (" + r.stats().limit() + ")" : "";
            return "VIOLATED " + String.join(",", broken) + rest;
        }
        if (r.anyIncomplete()) {
            return "INCOMPLETE (" + r.stats().limit() + ")";
        }
        return "SAFE";
    }

    /** The store's name from the result's description of it. */
    static String store(String dedup) {
        if (dedup.startsWith("exact up to")) {
            return "exact, then fingerprint";
        }
        return dedup.startsWith("fingerprint") ? "fingerprint" : "exact";
    }

    private static List<Setting> settings(BenchPlan p) {
        return List.of(
                new Setting("variants", p.variants().stream().map(v -> v.name()).collect(Collectors.joining(","))),
                new Setting("instances", join(p.instances())),
                new Setting("passes", join(p.passes())),
                new Setting("user-stop", p.userStops().stream().map(b -> b ? "on" : "off").collect(Collectors.joining(","))),
                new Setting("reductions", String.join(",", p.reductions())),
                new Setting("threads", Integer.toString(p.options().threads())),
                new Setting("store", p.options().store().label()),
                new Setting("max-seconds per run", trim(p.options().maxSeconds())));
    }

    private static String join(List<Integer> xs) {
        return xs.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** The heap a search still holds when it ends, over its states. */
    private static final class HeapMeter implements Monitor {
        private final long before = usedAfterCollection();
        private long retained = -1;

        @Override
        public void finished(Snapshot end) {
            retained = Math.max(0, usedAfterCollection() - before);
        }

        double perState(long states) {
            return retained < 0 || states == 0 ? -1 : (double) retained / states;
        }

        private static long usedAfterCollection() {
            System.gc();
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }
}
