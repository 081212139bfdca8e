package dev.sledcheck.cli;

import dev.sledcheck.reports.bench.Baseline;
import dev.sledcheck.reports.bench.KeyColumn;
import dev.sledcheck.reports.json.BadReportFile;
import dev.sledcheck.reports.json.BenchJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code bench --baseline JAR}: the same table measured by another sledcheck jar, in its own JVM
 * with this one's heap, before this one measures it (one after the other, never side by side, so
 * neither takes cores from the other). It gets this command line's options but the baseline and
 * the reports, and writes its table as JSON to a temp file this one reads back.
 */
final class BaselineRun {
    private BaselineRun() {}

    /** Options that stay with this run: what to compare against, and where this run's reports go. */
    private static final Set<String> OWN = Set.of("--baseline", "--report");

    static Baseline measure(Path jar, ParseResult parsed, List<KeyColumn> columns) {
        if (!Files.isRegularFile(jar)) {
            throw new Main.BadInput("--baseline: no such file " + jar);
        }
        Path json = null;
        Path err = null;
        try {
            json = Files.createTempFile("sledcheck-baseline", ".json");
            err = Files.createTempFile("sledcheck-baseline", ".err");
            List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx" + Runtime.getRuntime().maxMemory(), "-jar",
                    jar.toString(), "bench"));
            cmd.addAll(options(parsed));
            cmd.add("--report=json=" + json);
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start();
            int exit = p.waitFor();
            if (exit != 0) {
                throw new Main.BadInput("--baseline " + jar + ": its bench failed (exit " + exit + "): "
                        + lastLine(err));
            }
            return BenchJson.readBaseline(Files.readString(json, StandardCharsets.UTF_8), jar.toString(), columns);
        } catch (BadReportFile e) {
            throw new Main.BadInput("--baseline " + jar + " wrote no table this bench can read: " + e.getMessage());
        } catch (IOException e) {
            throw new Main.BadInput("--baseline " + jar + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Main.BadInput("--baseline " + jar + ": interrupted");
        } finally {
            delete(json);
            delete(err);
        }
    }

    /** This command line's options, as {@code --name=value}, but {@link #OWN}. */
    private static List<String> options(ParseResult parsed) {
        List<String> out = new ArrayList<>();
        for (OptionSpec o : parsed.matchedOptions()) {
            if (OWN.contains(o.longestName())) {
                continue;
            }
            for (String v : o.originalStringValues()) {
                out.add(o.longestName() + "=" + v);
            }
        }
        return out;
    }

    /** The java this JVM runs on. */
    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String lastLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).strip();
            }
        }
        return "(it said nothing)";
    }

    private static void delete(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temp file left behind is not worth failing the bench for
            }
        }
    }
}
