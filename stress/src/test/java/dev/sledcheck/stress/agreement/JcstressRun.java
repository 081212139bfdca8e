package dev.sledcheck.stress.agreement;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.GradingResult;
import org.openjdk.jcstress.infra.grading.ReportUtils;
import org.openjdk.jcstress.infra.grading.TestGrading;
import org.openjdk.jcstress.infra.runners.TestList;

/**
 * Runs jcstress ({@code org.openjdk.jcstress.Main}, in this JVM; it forks its own) and guards it.
 * jcstress fails by itself when it sees a FORBIDDEN outcome, but exits 0 having run nothing when
 * its {@code -t} filter matches no test or the machine has fewer CPUs than a test has threads.
 * So this also fails when the filter matches no test, or when a matched test has no sample; and
 * it writes the counts it read back from jcstress's own result file for the agreement step.
 *
 * <p>Usage: {@code JcstressRun SUMMARY_FILE JCSTRESS_ARGS...}, run in the directory where jcstress
 * should leave its result file. Exit 0 when every matched test ran and nothing failed, else 1.
 */
public final class JcstressRun {
    private JcstressRun() {}

    public static void main(String[] args) throws Exception {
        Path summaryFile = Path.of(args[0]);
        String[] jcstressArgs = Arrays.copyOfRange(args, 1, args.length);
        String filter = option(jcstressArgs, "-t", ".*");
        Files.deleteIfExists(summaryFile);
        deleteOldResults();

        List<String> matched = matching(filter);
        if (matched.isEmpty()) {
            System.out.println("GUARD: the jcstress filter '" + filter + "' matches no test: nothing would run");
            System.exit(1);
        }
        System.out.println("jcstress: " + matched.size() + " tests match '" + filter + "': " + matched);

        long t0 = System.nanoTime();
        boolean failed = false;
        try {
            org.openjdk.jcstress.Main.main(jcstressArgs);
        } catch (AssertionError e) {
            // jcstress's verdict on FORBIDDEN outcomes and test errors: reported, then fails below.
            System.out.println(e.getMessage());
            failed = true;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;

        Map<String, JcstressSummary.Test> tests = read();
        JcstressSummary summary = new JcstressSummary(filter, seconds, failed, tests);
        summary.write(summaryFile);

        List<String> problems = new ArrayList<>();
        for (String test : matched) {
            JcstressSummary.Test t = tests.get(test);
            if (t == null || t.samples() == 0) {
                problems.add("GUARD: jcstress took no sample of " + test
                        + " (fewer CPUs than its threads, or it failed to start)");
            }
        }
        if (failed) {
            problems.add("jcstress failed: a FORBIDDEN outcome was observed or a test errored (see above)");
        }
        problems.forEach(System.out::println);
        System.out.printf("jcstress: %d tests, %d samples, %.1f s%n", tests.size(),
                tests.values().stream().mapToLong(JcstressSummary.Test::samples).sum(), seconds);
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    /** The tests jcstress would select: its own list and its own matching rule. */
    static List<String> matching(String filter) {
        Pattern p = Pattern.compile(filter);
        List<String> out = new ArrayList<>();
        for (String t : new TreeSet<>(TestList.tests())) {
            if (p.matcher(t).find()) {
                out.add(t);
            }
        }
        return out;
    }

    private static String option(String[] args, String name, String otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }

    private static List<Path> resultFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("."), "jcstress-results-*.bin.gz")) {
            ds.forEach(out::add);
        }
        return out;
    }

    /** A stale result file would pass for this run's: only this run's may be read. */
    private static void deleteOldResults() throws IOException {
        for (Path p : resultFiles()) {
            Files.delete(p);
        }
    }

    /** Per test, merged over forks: status, samples, outcome counts and their grading. */
    private static Map<String, JcstressSummary.Test> read() throws Exception {
        Map<String, JcstressSummary.Test> tests = new TreeMap<>();
        for (Path file : resultFiles()) {
            InProcessCollector collector = new InProcessCollector();
            DiskReadCollector reader = new DiskReadCollector(file.toString(), collector);
            reader.dump();
            reader.close();
            for (TestResult r : ReportUtils.mergedByName(collector.getTestResults())) {
                Map<String, Long> counts = new TreeMap<>();
                Map<String, String> expect = new TreeMap<>();
                TestGrading grading = r.grading();
                for (String state : r.getStateKeys()) {
                    counts.put(state, r.getCount(state));
                    GradingResult g = grading.gradingResults.get(state);
                    expect.put(state, g == null ? "UNKNOWN" : g.expect.name());
                }
                tests.put(r.getName(), new JcstressSummary.Test(r.getName(), r.status().name(), r.getTotalCount(),
                        counts, expect));
            }
        }
        return tests;
    }
}
