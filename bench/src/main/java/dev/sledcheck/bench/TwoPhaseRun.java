package dev.sledcheck.bench;

import dev.sledcheck.checker.Checker;
import dev.sledcheck.checker.Reductions;
import dev.sledcheck.checker.Monitor;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.checker.StoreMode;
import dev.sledcheck.examples.TwoPhase;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * Two-phase commit (the example {@link TwoPhase}, {@code --model two-phase-commit}) with N resource
 * managers, exhaustively:
 * {@code java -cp bench/target/benchmarks.jar dev.sledcheck.bench.TwoPhaseRun RMS [THREADS [STORE [none|symmetry]]]}.
 * Prints the distinct states, transitions, seconds and verdicts, and progress on stderr.
 */
public final class TwoPhaseRun {
    private TwoPhaseRun() {}

    public static void main(String[] args) {
        int rms = Integer.parseInt(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : SearchOptions.allCores();
        StoreMode store = args.length > 2 ? StoreMode.valueOf(args[2].toUpperCase(Locale.ROOT)) : StoreMode.AUTO;
        List<String> reductions = args.length > 3 && !args[3].equals("none") ? List.of(args[3]) : List.of();
        SearchOptions options = SearchOptions.defaults().withThreads(threads).withStore(store);
        Monitor progress = new Monitor() {
            @Override
            public boolean wantsProgress() {
                return true;
            }

            @Override
            public void progress(Snapshot now) {
                System.err.printf(Locale.ROOT, "  %d states, queue %d, %.0f s%n", now.states(), now.queue(), now.seconds());
            }
        };
        TwoPhase model = TwoPhase.of(rms);
        CheckResult r = Checker.of(model).options(options).reductions(Reductions.named(model, reductions))
                .monitor(progress).about("two-phase commit, " + rms + " RMs", "none").run();
        System.out.printf(Locale.ROOT, "%d RMs, %d threads, reductions %s, %s%n  %d distinct states, %d transitions, %.2f s, %.0f states/s%n",
                rms, threads, reductions.isEmpty() ? "none" : String.join("+", reductions), r.stats().dedup(), r.stats().states(), r.stats().transitions(), r.stats().seconds(),
                r.stats().states() / r.stats().seconds());
        for (Verdict v : r.verdicts()) {
            System.out.println("  " + v.property() + " " + v.status());
        }
    }
}
