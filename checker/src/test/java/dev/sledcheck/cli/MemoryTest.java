package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No crash is a verdict: the memory budget, a heap that runs out anyway, input files too big to read. */
class MemoryTest {

    @TempDir
    Path dir;

    @Test
    void theMemoryBudgetStopsTheSearchIncompleteWithPartialCounts() {
        // Any JVM holds more than 1 MiB of live data, so the first reading of the heap stops it.
        Cli r = Cli.run("check", "--scenario", "scale", "--instances", "2", "--max-memory", "1m");
        assertEquals(ExitCode.INCOMPLETE.code(), r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("S1v  INCOMPLETE (max-memory 1 MiB reached after "), r.out());
        assertTrue(r.out().contains("cut short by max-memory 1 MiB"), r.out());
    }

    @Test
    void sizesReadAsXmxReadsThem() {
        MemorySize size = new MemorySize();
        assertEquals(512L << 20, size.convert("512m"));
        assertEquals(3L << 29, size.convert("1.5g"));
        assertEquals(2L << 30, size.convert("2GiB"));
        assertEquals(81920, size.convert("80k"));
        assertEquals(0, size.convert("0"));
    }

    @Test
    void aBudgetTheHeapCannotHoldIsRefused() {
        Cli r = Cli.run("check", "--max-memory", "100t");
        assertEquals(ExitCode.BAD_INPUT.code(), r.exit(), r.err());
        assertTrue(r.err().strip().startsWith("sledcheck: --max-memory 100 TiB is more than the heap's maximum"), r.err());
        Cli bad = Cli.run("check", "--max-memory", "lots");
        assertEquals(ExitCode.BAD_INPUT.code(), bad.exit(), bad.err());
        assertTrue(bad.err().contains("expected a size like 512m or 2g, got 'lots'"), bad.err());
    }

    @Test
    void inputFilesLargerThanTheLimitAreRefusedBeforeTheyAreRead() throws IOException {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L << 30); // sparse: no disk, but 3 GiB to read
        }
        String[][] commands = {
            {"render", "--from", huge.toString()},
            {"validate-log", huge.toString()},
            {"replay", "--schedule", "@" + huge},
        };
        for (String[] args : commands) {
            Cli r = Cli.run(args);
            assertEquals(ExitCode.BAD_INPUT.code(), r.exit(), args[0] + ": " + r.err());
            assertEquals("sledcheck: " + huge + " is 3 GiB; sledcheck reads input files of at most 64 MiB",
                    r.err().strip(), args[0]);
        }
    }

    @Test
    void aHeapThatRunsOutAnywayIsOneLineAndExitFour() throws Exception {
        // A well-formed JSON file of 40 MB, under the input limit, parsed in a 32 MiB heap.
        Path big = dir.resolve("big.json");
        try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("[\"");
            char[] block = new char[1 << 16];
            java.util.Arrays.fill(block, 'x');
            for (int i = 0; i < 40 << 4; i++) {
                w.write(block);
            }
            w.write("\"]");
        }
        Subprocess p = Subprocess.start(dir, List.of("-Xmx32m"), "render", "--from", big.toString());
        assertEquals(ExitCode.OUT_OF_MEMORY.code(), p.exit(), p.stderr());
        String err = p.stderr().strip();
        assertEquals("sledcheck: out of memory (the heap's maximum is 32 MiB); the run is INCOMPLETE;"
                + " raise -Xmx or lower the bounds", err);
        assertFalse(err.contains("\tat "), err);
        assertEquals("", p.stdout());
    }
}
