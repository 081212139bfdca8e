package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.reports.Timing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files pin the text and Markdown renderings of {@code check --variant sim-bug} and of
 * {@code matrix --model two-phase-commit} (timing masked by {@link Timing#mask}; {@link
 * MatrixReportTest} pins what omicron's matrix prints). A change to the model, the search or a renderer that alters them
 * fails here; when the change is meant, regenerate and review the diff:
 *
 * <pre>mvn -B -ntp verify -pl checker -am -Dtest=GoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true</pre>
 */
class GoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    Path dir;

    @Test
    void simBugTextAndMarkdown() throws IOException {
        textAndMarkdown("check-sim-bug", 1, "check", "--variant", "sim-bug");
    }

    @Test
    void anotherModelsMatrixTextAndMarkdown() throws IOException {
        textAndMarkdown("matrix-two-phase-commit", 0, "matrix", "--model", "two-phase-commit");
    }

    /** Runs {@code args} with a Markdown report; what it prints and the report must be their goldens {@code NAME.txt, .md}. */
    private void textAndMarkdown(String name, int exit, String... args) throws IOException {
        Path md = dir.resolve(name + ".md");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--report", "md=" + md));
        Cli r = Cli.run(all.toArray(String[]::new));
        assertEquals(exit, r.exit(), r.err());
        compare(name + ".txt", r.out());
        compare(name + ".md", Files.readString(md));
    }

    static void compare(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        String masked = Timing.mask(actual);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, masked);
        }
        assertTrue(Files.isRegularFile(golden), "missing " + golden + "; run with -Dgolden.update=true to create it");
        assertEquals(Files.readString(golden), masked, name + " differs from its golden file; if the change is meant,"
                + " regenerate with -Dgolden.update=true and review the diff");
    }
}
