package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.reports.Timing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code --report} on check and matrix, and {@code render --from}, on the checker's real output. */
class ReportCliTest {

    static final List<String> FORMATS = List.of("text", "json", "html", "md");

    @TempDir
    Path dir;

    /** Runs {@code args} with every format written into {@code into}; returns what it printed. */
    static Cli withReports(Path into, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        for (String f : FORMATS) {
            all.add("--report");
            all.add(f + "=" + into.resolve("report." + f));
        }
        return Cli.run(all.toArray(String[]::new));
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertOneLineError(Cli r, String mustName) {
        assertEquals(2, r.exit(), r.out() + r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        assertTrue(err.contains(mustName), err);
    }

    @Test
    void checkWritesEveryFormatAndRenderRebuildsTheSameBytes() {
        Path a = dir.resolve("a");
        Cli check = withReports(a, "check", "--variant", "sim-bug");
        assertEquals(1, check.exit(), check.err());
        assertEquals(check.out(), read(a.resolve("report.text")), "the text report is what check prints");
        String json = read(a.resolve("report.json"));
        SchemaCheck.assertValid(json);
        assertTrue(check.err().contains("sledcheck: wrote html=" + a.resolve("report.html")), check.err());

        Path b = dir.resolve("b");
        List<String> args = new ArrayList<>(List.of("render", "--from", a.resolve("report.json").toString()));
        Cli render = withReports(b, args.toArray(String[]::new));
        assertEquals(0, render.exit(), render.err());
        for (String f : FORMATS) {
            assertEquals(read(a.resolve("report." + f)), read(b.resolve("report." + f)), f + " re-rendered from JSON");
        }
        Cli toStdout = Cli.run("render", "--from", a.resolve("report.json").toString());
        assertEquals(check.out(), toStdout.out(), "render without --report prints the text report");
    }

    @Test
    void theSameInputsGiveTheSameBytesApartFromTiming() {
        String[][] runs = {
            {"check", "--variant", "sim-bug"},
            {"matrix", "--max-states", "1500"},
        };
        for (String[] args : runs) {
            Path one = dir.resolve(args[0] + "1");
            Path two = dir.resolve(args[0] + "2");
            withReports(one, args);
            withReports(two, args);
            for (String f : FORMATS) {
                String x = read(one.resolve("report." + f));
                String y = read(two.resolve("report." + f));
                assertEquals(Timing.mask(x), Timing.mask(y), args[0] + " " + f);
                assertNotEquals(x, Timing.mask(x), args[0] + " " + f + " shows a time, so the mask did something");
            }
        }
    }

    @Test
    void badFormatsAndPathsAreOneLineAndExitTwo() throws IOException {
        assertOneLineError(Cli.run("check", "--report", "pdf=x.pdf"), "unknown report format 'pdf'");
        assertOneLineError(Cli.run("check", "--report", "html"), "--report html needs a path: html=PATH");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Cli r = Cli.run("check", "--variant", "sim-bug", "--report", "json=" + file.resolve("r.json"));
        assertOneLineError(r, "cannot write json=" + file.resolve("r.json"));
        assertEquals("", r.out(), "refused before the search ran");
        assertOneLineError(Cli.run("matrix", "--report", "md=" + dir, "--max-states", "10"), "it is a directory");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void unwritableTargetsAreRefusedBeforeTheSearch() throws IOException {
        // Both hold as root (CI): nothing can be created in /proc, nor under a regular file.
        Cli proc = Cli.run("check", "--variant", "sim-bug", "--report", "json=/proc/sledcheck.json");
        assertOneLineError(proc, "cannot write json=/proc/sledcheck.json: cannot create a file in /proc");
        assertEquals("", proc.out(), "refused before the search ran");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Cli summary = Cli.runWithEnv(Map.of("GITHUB_STEP_SUMMARY", file.resolve("summary.md").toString()),
                "check", "--variant", "sim-bug", "--report", "md");
        assertOneLineError(summary, "cannot append to $GITHUB_STEP_SUMMARY (" + file.resolve("summary.md") + ")");
        assertEquals("", summary.out(), "refused before the search ran");
        Cli unset = Cli.runWithEnv(Map.of(), "matrix", "--report", "md");
        assertOneLineError(unset, "$GITHUB_STEP_SUMMARY, which is not set here");
        Path ok = dir.resolve("summary.md");
        Cli set = Cli.runWithEnv(Map.of("GITHUB_STEP_SUMMARY", ok.toString()),
                "check", "--variant", "sim-bug", "--property", "S1v", "--report", "md");
        assertEquals(1, set.exit(), set.err());
        assertTrue(read(ok).contains("S1"), read(ok));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void devicesAndStandardOutputAreWrittenThrough() {
        PrintStream was = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        Cli r;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            r = Cli.run("check", "--variant", "sim-bug", "--property", "S1v",
                    "--report", "text=/dev/stdout", "--report", "json=/dev/null");
        } finally {
            System.setOut(was);
        }
        assertEquals(1, r.exit(), r.err());
        assertEquals(r.out(), stdout.toString(StandardCharsets.UTF_8), "the text report on this process's stdout");
        assertTrue(r.err().contains("wrote json=/dev/null"), r.err());
        assertFalse(Files.isRegularFile(Path.of("/dev/null"), LinkOption.NOFOLLOW_LINKS), "/dev/null not replaced");
    }

    @Test
    void renderRejectsWhatItCannotRead() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"schemaVersion\": 1,\n  \"kind\": ");
        assertOneLineError(Cli.run("render", "--from", broken.toString()),
                broken + ": not valid JSON at line 2, column 11");
        assertOneLineError(Cli.run("render", "--from", dir.resolve("missing.json").toString()), "no such file");
        Path png = Files.write(dir.resolve("x.json"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff});
        assertOneLineError(Cli.run("render", "--from", png.toString()), "not UTF-8 text");
        assertOneLineError(Cli.run("render"), "--from");
    }

    @Test
    void renderSetsTheEnginesSideBySide() throws IOException {
        Path stress = dir.resolve("stress/target");
        Files.createDirectories(stress.resolve("jcstress-report"));
        Files.writeString(stress.resolve("jcstress-report/index.html"), "<html></html>");
        Path agreement = Files.writeString(stress.resolve("agreement.json"), AGREEMENT);
        Path result = dir.resolve("result.json");
        assertEquals(1, Cli.run("check", "--variant", "sim-bug", "--property", "S1v", "--report", "json=" + result).exit());

        Path out = dir.resolve("site");
        Cli r = withReports(out, "render", "--from", result.toString(), agreement.toString());
        assertEquals(0, r.exit(), r.err());
        String html = read(out.resolve("report.html"));
        assertTrue(html.contains("<h2>Engines side by side</h2>"), "engines section");
        assertTrue(html.contains("<td class=\"engine\">lincheck</td><td class=\"st VIOLATED\">VIOLATED</td>"), html);
        assertTrue(html.contains("<td class=\"engine\">jcstress</td><td>FAILED ACCEPTABLE_INTERESTING 37, OK ACCEPTABLE 99963</td>"));
        assertTrue(html.contains("<a href=\"../stress/target/jcstress-report/index.html\">"), "linked relative to the page");
        String md = read(out.resolve("report.md"));
        assertTrue(md.contains("| `sim-bug` | S1v | VIOLATED | VIOLATED | VIOLATED | FAILED ACCEPTABLE_INTERESTING 37, OK ACCEPTABLE 99963 | yes |"), md);
        assertTrue(md.contains("| `sim-fix` | S1v | SAFE | SAFE | NOT_FOUND | FAILED FORBIDDEN 0, OK ACCEPTABLE 100000 | yes |"), md);
        assertTrue(read(out.resolve("report.text")).contains("jcstress report: ../stress/target/jcstress-report/index.html"));
        String json = read(out.resolve("report.json"));
        SchemaCheck.assertValid(json);
        assertTrue(json.contains("\"jcstressReport\" : \"../stress/target/jcstress-report/index.html\""), json);

        // Without jcstress's report beside it the link is left out, and the rest renders.
        Files.delete(stress.resolve("jcstress-report/index.html"));
        Cli again = Cli.run("render", "--from", result.toString(), agreement.toString(), "--report", "html=" + out.resolve("b.html"));
        assertEquals(0, again.exit(), again.err());
        assertFalse(read(out.resolve("b.html")).contains("jcstress-report"));
        assertOneLineError(Cli.run("render", "--from", agreement.toString(), agreement.toString()), "more than one agreement");
    }

    /** The agreement shape the stress module writes (see the schema's $defs/agreement). */
    static final String AGREEMENT = """
            {
              "schemaVersion": 1,
              "kind": "sledcheck-agreement",
              "configurations": [
                {"configuration": "sim-bug", "question": "last poke vs one watcher pass", "property": "S1v",
                 "checker": "VIOLATED", "checkerFull": "VIOLATED", "lincheck": "VIOLATED",
                 "jcstress": {"outcomes": [
                   {"outcome": "FAILED", "grade": "ACCEPTABLE_INTERESTING", "count": 37, "desc": "spurious Failed"},
                   {"outcome": "OK", "grade": "ACCEPTABLE", "count": 99963, "desc": "Destroyed landed"}]},
                 "agrees": true, "note": "jcstress saw it 37 times"},
                {"configuration": "sim-fix", "question": "last poke vs one watcher pass", "property": "S1v",
                 "checker": "SAFE", "checkerFull": "SAFE", "lincheck": "NOT_FOUND",
                 "jcstress": {"outcomes": [
                   {"outcome": "FAILED", "grade": "FORBIDDEN", "count": 0, "desc": "spurious Failed"},
                   {"outcome": "OK", "grade": "ACCEPTABLE", "count": 100000, "desc": "Destroyed landed"}]},
                 "agrees": true}
              ]
            }
            """;
}
