package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.validate.LogCheck;
import dev.sledcheck.validate.SeedLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code sledcheck validate-log}: the synopsis's exit codes on the seed's entries, in every format. */
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
        assertTrue(r.out().contains("  format   [N] rendered: 6 entries\n"), r.out());
        assertTrue(r.out().contains("  entries  6 read, 6 recognised, 0 skipped\n"), r.out());
        assertTrue(r.out().contains("\nsim-bug                possible    -          a run of 21 steps shows them all\n"), r.out());
        assertTrue(r.out().contains("\nsim-fix                impossible  [10417]    "), r.out());
        assertEquals(r.out(), Cli.run("validate-log", write("seed.log", SeedLog.text())).out(), "same bytes twice");
    }

    /**
     * The output for the seed's entries in another format, and the seed's own, with the first line
     * (it names the file) and the format line left out and entries named by place.
     */
    private String byPlace(String file, String text) throws Exception {
        Cli r = Cli.run("validate-log", write(file, text));
        assertEquals(0, r.exit(), r.err());
        assertEquals(r.out(), Cli.run("validate-log", write(file, text)).out(), "same bytes twice");
        String rest = r.out().substring(r.out().indexOf('\n') + 1).replaceFirst("  format   [^\n]*\n", "");
        return SeedLog.byPlace(rest, LogCheck.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-7282.json-lines.log", "seed-7282.rendered.log", "seed-7282.one-line.log"})
    void everyFormatPrintsTheSeedsEntriesAndTable(String resource) throws Exception {
        String seed = byPlace("seed.log", SeedLog.text());
        assertEquals(seed, byPlace(resource, SeedLog.resource(resource)));
        assertTrue(seed.contains("\nsim-fix impossible #2 a run shows it only after"), seed);
        String prose = SeedLog.withProse(SeedLog.resource(resource));
        String withProse = byPlace(resource, prose);
        assertTrue(withProse.contains("\n prose 8 lines are no log entry, skipped: lines 1, "), withProse);
        assertEquals(seed, withProse.replaceFirst(" prose 8 lines[^\n]*\n", ""));
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
        Cli json = Cli.run("validate-log", write("seed.json", SeedLog.resource("seed-7282.json-lines.log")),
                "--variant", "sim-fix");
        assertEquals(1, json.exit(), json.err());
        assertTrue(json.out().contains("\nIMPOSSIBLE at [2]: the agent answered a GET of the VMM's state with 404"), json.out());
    }

    @Test
    void unrecognisedEntriesAndProseAreCountedAndSkipped() throws IOException {
        String extra = "[10410] 2024-12-18T23:42:01.826Z INFO test_disk_move_between_instances (dropshot): accepted"
                + " connection\nremote_addr = [::1]:38190\nThis HTTP request completes here:\n";
        String text = SeedLog.text().replace("[10417]", extra + "[10417]");
        Cli r = Cli.run("validate-log", write("more.log", text), "--variant", "sim-bug");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("  entries  7 read, 6 recognised, 1 skipped ([10410])\n"), r.out());
        assertTrue(r.out().contains("  prose    1 line is no log entry, skipped: line 14\n"), r.out());
    }

    @Test
    void aBrokenRecognisedEntryIsOneLineNamingFileAndLineAndExitTwo() throws IOException {
        String bad = write("bad.log", SeedLog.text().replace("state: Failed, gen: Generation(7)",
                "state: Failed, gen: Generation(99999999999)"));
        Cli r = Cli.run("validate-log", bad);
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals("sledcheck: " + bad + ": line 29: entry [10421] is the instance watcher's write of a VMM's state,"
                + " but the generation '99999999999' in its vmm_state does not fit in an int (the model's generations"
                + " are 32-bit)\n", r.err());
    }

    @Test
    void theSeedsEventsInOmicronsNewerWordingGiveTheSeedsTableAndABrokenOneExitsTwo() throws IOException {
        String seed = Cli.run("validate-log", write("seed.log", SeedLog.text())).out();
        String head = SeedLog.resource("head-7282.log");
        Cli r = Cli.run("validate-log", write("seed.log", head));
        assertEquals(0, r.exit(), r.err());
        assertEquals(seed.substring(seed.indexOf("\nvariant ")), r.out().substring(r.out().indexOf("\nvariant ")));
        assertTrue(r.out().contains("  entries  7 read, 7 recognised, 0 skipped\n"), r.out());
        String bad = write("bad.log", head.replace("Failed(NoSuchInstance), generation: Generation(7), time_updated:"
                + " 2024-12-18T23:42:01.829357055Z }, migration_in", "Failed(NoSuchInstance), generation: Generation(x),"
                + " time_updated: 2024-12-18T23:42:01.829357055Z }, migration_in"));
        Cli b = Cli.run("validate-log", bad, "--variant", "sim-bug");
        assertEquals(2, b.exit());
        assertEquals("", b.out());
        assertEquals("sledcheck: " + bad + ": line 30: entry [10420] is the instance watcher's 'updating instance state'"
                + " before its write, but the generation 'x' in its state is not a number\n", b.err());
    }

    @Test
    void anEchoedValueIsCutAndItsControlCharactersEscaped() throws IOException {
        String bad = write("bad.log", SeedLog.text().replaceFirst("vmm_state = .*",
                "vmm_state = \u001b[31m" + "x".repeat(200)));
        Cli r = Cli.run("validate-log", bad);
        assertEquals(2, r.exit());
        assertEquals("sledcheck: " + bad + ": line 1: entry [10409] is the agent's PUT /vmms/{id} arriving at Nexus's"
                + " internal API, but its vmm_state '\\u001b[31m" + "x".repeat(67) + "...' is not 'VmmRuntimeState"
                + " { state: S, gen|generation: Generation(N), ... }'\n", r.err());
    }

    @Test
    void aFileWithNoRecognisedEntryOrNoEntryAtAllIsOneLineAndExitTwo() throws IOException {
        String none = write("none.log", "[1] 2024-12-18T23:42:01.825Z INFO nexus (dropshot): accepted connection\n");
        Cli r = Cli.run("validate-log", none);
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("sledcheck: " + none + ": none of the 1 log entry read is one sledcheck recognises")
                && r.err().lines().count() == 1, r.err());
        String prose = write("prose.log", "I think this is a bug in the simulated sled agent.\n");
        Cli p = Cli.run("validate-log", prose);
        assertEquals(2, p.exit());
        assertEquals("sledcheck: " + prose + ": no log entry found in any format sledcheck reads ([N] rendered, bunyan"
                + " JSON lines, timestamp-first rendered, one-line rendered); 1 other line\n", p.err());
    }

    @Test
    void aMalformedOrMissingFileIsOneLineAndExitTwo() throws IOException {
        String bad = write("bad.log", SeedLog.text() + SeedLog.text());
        Cli r = Cli.run("validate-log", bad);
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals("sledcheck: " + bad + ": line 51: entry [10409] has the number of the entry that began on line 1\n",
                r.err());
        Cli missing = Cli.run("validate-log", dir.resolve("nope.log").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("sledcheck: cannot read ") && missing.err().lines().count() == 1, missing.err());
        assertEquals(2, Cli.run("validate-log").exit());
    }

    @Test
    void theHelpNamesTheFormats() {
        Cli r = Cli.run("validate-log", "--help");
        assertEquals(0, r.exit(), r.err());
        String text = r.out().replaceAll("\\s+", " "); // help wraps where it likes
        for (String f : new String[] {"'[N] <time>", "bunyan JSON", "timestamp-first", "slog-term's one line"}) {
            assertTrue(text.contains(f), f + " in:\n" + r.out());
        }
        // and which omicron's wordings it knows
        for (String c : new String[] {"d337333577c5", "b848b6df85", "e6baff4981", "ebeb7060cf", "'updating instance",
            "'Failed(<reason>)'"}) {
            assertTrue(text.contains(c), c + " in:\n" + r.out());
        }
    }
}
