package dev.sledcheck.stress.agreement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one jcstress run did, as {@link JcstressRun} writes it for the agreement step: the test
 * filter, the wall time, whether jcstress failed (a FORBIDDEN outcome or a test error), and per
 * test its status and the count of each outcome with its grading. Tab-separated lines:
 * {@code run<TAB>filter<TAB>seconds<TAB>failed}, {@code test<TAB>name<TAB>status<TAB>samples},
 * {@code outcome<TAB>test<TAB>outcome<TAB>count<TAB>expect}.
 */
public record JcstressSummary(String filter, double seconds, boolean failed, Map<String, Test> tests) {

    /** One test's result: its status (NORMAL unless it failed to run) and outcome counts. */
    public record Test(String name, String status, long samples, Map<String, Long> counts, Map<String, String> expect) {
        public long count(String expectation) {
            long n = 0;
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                if (expectation.equals(expect.get(e.getKey()))) {
                    n += e.getValue();
                }
            }
            return n;
        }
    }

    public void write(Path file) {
        StringBuilder sb = new StringBuilder();
        sb.append("run\t").append(filter).append('\t').append(String.format(Locale.ROOT, "%.1f", seconds))
                .append('\t').append(failed).append('\n');
        for (Test t : tests.values()) {
            sb.append("test\t").append(t.name()).append('\t').append(t.status()).append('\t').append(t.samples()).append('\n');
            for (Map.Entry<String, Long> e : t.counts().entrySet()) {
                sb.append("outcome\t").append(t.name()).append('\t').append(e.getKey()).append('\t').append(e.getValue())
                        .append('\t').append(t.expect().get(e.getKey())).append('\n');
            }
        }
        try {
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The summary in {@code file}, or {@code null} when jcstress did not run. */
    public static JcstressSummary read(Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String filter = "";
        double seconds = 0;
        boolean failed = false;
        Map<String, String[]> heads = new LinkedHashMap<>();
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        Map<String, Map<String, String>> expects = new TreeMap<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "run":
                    filter = f[1];
                    seconds = Double.parseDouble(f[2]);
                    failed = Boolean.parseBoolean(f[3]);
                    break;
                case "test":
                    heads.put(f[1], f);
                    break;
                case "outcome":
                    counts.computeIfAbsent(f[1], k -> new TreeMap<>()).put(f[2], Long.parseLong(f[3]));
                    expects.computeIfAbsent(f[1], k -> new TreeMap<>()).put(f[2], f[4]);
                    break;
                default:
                    throw new IllegalArgumentException(file + ": unknown line " + line);
            }
        }
        Map<String, Test> tests = new TreeMap<>();
        for (String[] h : heads.values()) {
            tests.put(h[1], new Test(h[1], h[2], Long.parseLong(h[3]),
                    counts.getOrDefault(h[1], new TreeMap<>()),
                    expects.getOrDefault(h[1], new TreeMap<>())));
        }
        return new JcstressSummary(filter, seconds, failed, tests);
    }
}
