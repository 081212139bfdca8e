package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.validate.SeedLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sledcheck validate-log}: the synopsis's exit codes on the seed's entries. */
class ValidateLogCommandTest {

    @TempDir
    Path dir;

    private String write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p.toString();
    }

    @Test
    void aTableOverEveryVariantExitsZero() throws IOException {
        Cli r = Cli.run("validate-log", write("seed.log", SeedLog.text()));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(" against seed-7282, every variant\n"), r.out());
        assertTrue(r.out().contains("  entries  6 read, 6 recognised, 0 skipped\n"), r.out());
        assertTrue(r.out().contains("\nsim-bug                possible    -          a run of 21 steps shows them all\n"), r.out());
        assertTrue(r.out().contains("\nsim-fix                impossible  [10417]    "), r.out());
        assertEquals(r.out(), Cli.run("validate-log", write("seed.log", SeedLog.text())).out(), "same bytes twice");
    }

    @Test
    void oneVariantExitsZeroWhenPossibleAndOneWhenNot() throws IOException {
        String seed = write("seed.log", SeedLog.text());
        Cli bug = Cli.run("validate-log", seed, "--variant", "sim-bug");
        assertEquals(0, bug.exit(), bug.err());
        assertTrue(bug.out().contains("\nPOSSIBLE: a run of 21 steps shows the 6 recognised entries in this order"), bug.out());
        Cli fix = Cli.run("validate-log", seed, "--variant", "sim-fix");
        assertEquals(1, fix.exit(), fix.err());
        assertTrue(fix.out().contains("\nIMPOSSIBLE at [10417]: the agent answered a GET of the VMM's state with 404"), fix.out());
        Cli moved = Cli.run("validate-log", write("moved.log", SeedLog.moved(SeedLog.text(), "[10584]", "[10417]")),
                "--variant", "sim-bug");
        assertEquals(1, moved.exit(), moved.err());
        assertTrue(moved.out().contains("\nIMPOSSIBLE at [10833]: an update saga committed the instance as Failed at gen 4"),
                moved.out());
    }

    @Test
    void unrecognisedEntriesAreCountedAndSkipped() throws IOException {
        String extra = "[10410] 2024-12-18T23:42:01.826Z INFO test_disk_move_between_instances (dropshot): accepted"
                + " connection\nremote_addr = [::1]:38190\n";
        String text = SeedLog.text().replace("[10417]", extra + "[10417]");
        Cli r = Cli.run("validate-log", write("more.log", text), "--variant", "sim-bug");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("  entries  7 read, 6 recognised, 1 skipped ([10410])\n"), r.out());
    }

    @Test
    void aMalformedOrMissingFileIsOneLineAndExitTwo() throws IOException {
        String bad = write("bad.log", SeedLog.text() + "This HTTP request completes here:\n");
        Cli r = Cli.run("validate-log", bad);
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals("sledcheck: " + bad + ": line 51: neither an entry header '[N] <timestamp> <LEVEL> <test>"
                + " (<component>): <message>' nor a 'key = value' line\n", r.err());
        Cli missing = Cli.run("validate-log", dir.resolve("nope.log").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("sledcheck: cannot read ") && missing.err().lines().count() == 1, missing.err());
        assertEquals(2, Cli.run("validate-log").exit());
    }
}
