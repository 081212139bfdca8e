package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --baseline JAR}: before and after in one run. The shaded jar stands in for an
 * earlier build (its table is this one's, so each row finds its baseline row); the rates are
 * timing, so only their presence and the ratio's arithmetic are checked.
 */
class BenchBaselineIT {

    private static final Path JAR = Path.of("target/sledcheck.jar").toAbsolutePath();

    @Test
    void eachRowGainsTheBaselinesStatesPerSecondAndTheRatio(@TempDir Path dir) throws IOException {
        assertTrue(Files.isRegularFile(JAR), "the shaded jar is built before integration tests: " + JAR);
        Path json = dir.resolve("bench.json");
        Cli r = Cli.run("bench", "--baseline", JAR.toString(), "--instances", "1", "--passes", "1..2",
                "--user-stop", "off", "--variant", "sim-fix", "--reduction", "none", "--threads", "1",
                "--report", "json=" + json);
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(3).endsWith("store  before states/s  x before"), lines.get(3));
        for (String row : lines.subList(4, 6)) {
            String[] cells = row.trim().split(" +");
            assertTrue(cells[cells.length - 2].matches("[0-9]+") && cells[cells.length - 1].matches("[0-9]+\\.[0-9]{2}"),
                    "a rate and a ratio: " + row);
        }
        JsonNode doc = new ObjectMapper().readTree(Files.readString(json, StandardCharsets.UTF_8));
        assertEquals(JAR.toString(), doc.get("baseline").asText());
        for (JsonNode row : doc.get("rows")) {
            double before = row.get("baselineStatesPerSecond").asDouble();
            assertTrue(before > 0, row.toString());
            assertEquals(row.get("statesPerSecond").asDouble() / before, row.get("speedupOverBaseline").asDouble(),
                    0.01 * row.get("speedupOverBaseline").asDouble() + 1e-3, row.toString());
        }
    }

    @Test
    void aJarThatIsNoSledcheckIsRefusedInOneLine(@TempDir Path dir) throws IOException {
        Path notAJar = Files.writeString(dir.resolve("old.jar"), "not a jar");
        Cli r = Cli.run("bench", "--baseline", notAJar.toString(), "--instances", "1", "--passes", "1",
                "--user-stop", "off", "--variant", "sim-fix", "--reduction", "none");
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("--baseline " + notAJar + ": its bench failed (exit 1)"), r.err());
        assertEquals("", r.out(), "nothing is tabulated without the baseline asked for");
    }
}
