package dev.sledcheck.app;

import dev.sledcheck.checker.Monitor;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import dev.sledcheck.reports.Setting;
import dev.sledcheck.reports.bench.BenchRow;
import dev.sledcheck.reports.bench.BenchTable;
import dev.sledcheck.reports.bench.KeyColumn;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs a bench in this JVM, one check after another, and tabulates them: omicron's {@link
 * BenchPlan}, or any model's {@link BenchRun runs}. Memory per state is what the heap still holds
 * when a search ends (after a collection) less what it held before, over the states found: whole
 * states, fingerprint tables and claims alike, measured the same way. All in is what the search
 * counted itself where it can: its fingerprint store, its paths and its packed queue at its widest.
 */
public final class Bench {
    private Bench() {}

    /** Runs every cell of the plan; {@code ran} hears of each row as it is done. */
    public static BenchTable run(BenchPlan plan, Consumer<BenchRow> ran) {
        return run("bench scale", BenchPlan.COLUMNS, settings(plan), plan.runs(), ran);
    }

    /**
     * Runs each of {@code runs} in order and tabulates them; {@code ran} hears of each row as it is
     * done. A row's time is divided by that of the {@code none} run of the same key before it
     * (NaN without one).
     */
    public static BenchTable run(String title, List<KeyColumn> columns, List<Setting> settings, List<BenchRun> runs,
            Consumer<BenchRow> ran) {
        List<BenchRow> rows = new ArrayList<>();
        Map<List<String>, Double> none = new HashMap<>();
        for (BenchRun run : runs) {
            HeapMeter meter = new HeapMeter();
            CheckResult r = run.check().apply(meter);
            double seconds = r.stats().seconds();
            boolean baseline = run.reduction().equals(ReductionSettings.NONE);
            if (baseline) {
                none.put(run.key(), seconds);
            }
            // none is its own baseline even when too quick to time (0/0); a 0 s baseline gives others no ratio.
            Double noneSeconds = none.get(run.key());
            double ratio = baseline ? 1.0 : noneSeconds == null || noneSeconds == 0 ? Double.NaN : seconds / noneSeconds;
            BenchRow row = new BenchRow(run.key(), run.reduction(), outcome(r), store(r.stats().dedup()),
                    r.stats().states(), r.stats().transitions(), seconds, meter.perState(r.stats().states()),
                    meter.allInPerState(), ratio);
            rows.add(row);
            ran.accept(row);
        }
        return new BenchTable(title, columns, settings, rows);
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
        List<Setting> all = new ArrayList<>(List.of(
                new Setting("variants", p.variants().stream().map(v -> v.name()).collect(Collectors.joining(","))),
                new Setting("instances", join(p.instances())),
                new Setting("passes", join(p.passes())),
                new Setting("user-stop", p.userStops().stream().map(b -> b ? "on" : "off").collect(Collectors.joining(",")))));
        all.addAll(settings(p.reductions(), p.options()));
        return all;
    }

    /** The settings every bench states after its own: the reduction settings and how each run searched. */
    public static List<Setting> settings(List<String> reductions, SearchOptions options) {
        return List.of(
                new Setting("reductions", String.join(",", reductions)),
                new Setting("threads", Integer.toString(options.threads())),
                new Setting("store", options.store().label()),
                new Setting("frontier", options.frontier().mode().label()),
                new Setting("max-seconds per run", trim(options.maxSeconds())));
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
        private double allIn = -1;

        @Override
        public void finished(Snapshot end) {
            retained = Math.max(0, usedAfterCollection() - before);
            allIn = end.allInPerState();
        }

        double allInPerState() {
            return allIn;
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
