package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --model NAME}: another model's configurations timed under each reduction setting. */
class AnyModelBenchTest {

    @TempDir
    Path dir;

    /** The table's rows, runs of spaces made one. */
    private static List<String> rows(Cli r) {
        return r.out().lines().skip(4).map(l -> l.replaceAll(" +", " ")).toList();
    }

    @Test
    void dieHardsTableAndItsJson() throws IOException {
        Path json = dir.resolve("bench.json");
        Cli r = Cli.run("bench", "--model", "die-hard", "--config", "-", "--report", "json=" + json);
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("bench die-hard", lines.get(0));
        assertTrue(lines.get(1).startsWith("  reductions none, threads "), lines.get(1));
        assertTrue(lines.get(3).matches("configuration +reduction +outcome +states +transitions +seconds +states/s"
                + " +bytes/state +all-in +vs none +store"), lines.get(3));
        // The jugs offer no reduction: none alone, its own baseline; 16 states, 96 transitions (docs/examples.md).
        assertEquals(1, rows(r).size(), r.out());
        assertTrue(rows(r).get(0).matches("- none SAFE 16 96 [0-9.]+ [0-9]+ [0-9]+ - 1\\.00 exact"), rows(r).get(0));

        JsonNode doc = new ObjectMapper().readTree(Files.readString(json));
        assertEquals("bench die-hard", doc.get("title").asText());
        JsonNode row = doc.get("rows").get(0);
        assertEquals("-", row.get("configuration").asText());
        assertEquals(16, row.get("states").asLong());
        assertTrue(row.get("allInBytesPerState").isNull(), "a store of whole states has no all-in figure");
        assertTrue(row.get("variant") == null, "no omicron column in another model's rows");
    }

    @Test
    void withFingerprintsTheAllInBytesOfStorePathsAndPackedQueueAreCounted() {
        Cli r = Cli.run("bench", "--model", "two-phase-commit", "--config", "--rms 3", "--reduction", "none",
                "--store", "fingerprint", "--frontier", "packed");
        assertEquals(0, r.exit(), r.err());
        // store (16 bytes a slot), paths (8 a state) and the queue at its widest: tens of bytes a state.
        assertTrue(rows(r).get(0).matches("--rms 3 none SAFE 288 1145 [0-9.]+ [0-9]+ [0-9]+ [1-9][0-9] 1\\.00 fingerprint"),
                rows(r).get(0));
    }

    @Test
    void eachConfigurationUnderNoneAndEachReductionTheModelOffers() {
        Cli r = Cli.run("bench", "--model", "two-phase-commit", "--config", "--rms 3", "--config=--rms 5 --eager-commit");
        assertEquals(0, r.exit(), r.err());
        List<String> rows = rows(r);
        // symmetry is two-phase-commit's one reduction, so 'all' would repeat it and is left out
        assertEquals(List.of("--rms 3 none SAFE 288 1145", "--rms 3 symmetry SAFE 80 317",
                "--rms 5 --eager-commit none VIOLATED TCConsistent", "--rms 5 --eager-commit symmetry VIOLATED TCConsistent"),
                rows.stream().map(l -> l.replaceAll("(SAFE \\d+ \\d+|TCConsistent) .*", "$1")).toList(), r.out());
        assertTrue(rows.get(0).endsWith(" 1.00 exact"), "none is its own baseline: " + rows.get(0));
    }

    @Test
    void theModelsDeclaredSizesByDefault() {
        Cli r = Cli.run("bench", "--model", "two-phase-commit", "--reduction", "symmetry");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("--rms 3", "--rms 5", "--rms 7"),
                rows(r).stream().map(l -> l.substring(0, l.indexOf(" symmetry"))).toList(), r.out());
        assertTrue(rows(r).stream().allMatch(l -> l.endsWith(" - exact")), "no none run, so no ratio: " + r.out());
    }

    @Test
    void badInputIsOneLine() {
        CliContractTest.oneLine(Cli.run("bench", "--model", "peterson", "--config", "--rmz 3"),
                "peterson --rmz 3: Unknown option");
        CliContractTest.oneLine(Cli.run("bench", "--model", "two-phase-commit", "--reduction", "por"),
                "unknown reduction 'por' for two-phase-commit --rms 3; valid: none, symmetry, all");
        CliContractTest.oneLine(Cli.run("bench", "--model", "peterson", "--instances", "2"),
                "--instances sizes omicron's scale scenario, not model peterson; give its configurations as --config 'ARGS'");
        CliContractTest.oneLine(Cli.run("bench", "--config", "--rms 3"),
                "--config sizes another model's bench; omicron's sizes are --variant, --instances, --passes and --user-stop");
        CliContractTest.oneLine(Cli.run("bench", "--model", "die-hard", "--report", "html=x.html"),
                "bench writes text, md or json, not html");
    }
}
