package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.reports.Timing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files pin the text and Markdown renderings of {@code check --variant sim-bug} (timing
 * masked by {@link Timing#mask}). A change to the model, the search or a renderer that alters them
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
        Path md = dir.resolve("sim-bug.md");
        Cli r = Cli.run("check", "--variant", "sim-bug", "--report", "md=" + md);
        assertEquals(1, r.exit(), r.err());
        compare("check-sim-bug.txt", r.out());
        compare("check-sim-bug.md", Files.readString(md));
    }

    private static void compare(String name, String actual) throws IOException {
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
