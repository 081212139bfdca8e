package dev.sledcheck.reports.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.reports.Fixtures;
import dev.sledcheck.reports.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path dir;

    final Report report = Fixtures.check(Fixtures.race());

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesWholeFilesAndLeavesNoTemporaryOnes() throws IOException {
        Path html = dir.resolve("sub/r.html");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(html, "old");
        long n = ReportFiles.write(report, new Target(Format.HTML, html), Map.of());
        assertEquals(Format.HTML.render(report), Files.readString(html));
        assertEquals(Files.size(html), n);
        try (Stream<Path> s = Files.list(dir.resolve("sub"))) {
            assertEquals(List.of("r.html"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void createsMissingDirectories() {
        Path p = dir.resolve("a/b/c.json");
        ReportFiles.write(report, new Target(Format.JSON, p), Map.of());
        assertTrue(Files.isRegularFile(p));
    }

    @Test
    void anUnwritablePlaceIsOneLineAndWritesNothing() throws IOException {
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "x");
        Target t = new Target(Format.MD, file.resolve("r.md"));
        ReportTargetException e = assertThrows(ReportTargetException.class,
                () -> ReportFiles.preflight(List.of(t), Map.of()));
        assertTrue(e.getMessage().startsWith("cannot write md=" + t.path() + ": "), e.getMessage());
        assertThrows(ReportTargetException.class, () -> ReportFiles.write(report, t, Map.of()));
        Target intoDir = new Target(Format.TEXT, dir);
        assertThrows(ReportTargetException.class, () -> ReportFiles.preflight(List.of(intoDir), Map.of()));
        assertEquals(List.of("plain-file"), names());
    }

    @Test
    void twoReportsToOneFileAreRefused() {
        Path p = dir.resolve("r");
        ReportTargetException e = assertThrows(ReportTargetException.class, () -> ReportFiles.preflight(
                List.of(new Target(Format.HTML, p), new Target(Format.MD, p)), Map.of()));
        assertEquals("two reports would go to the same file " + p, e.getMessage());
    }

    @Test
    void aBareMdAppendsToTheJobSummary() throws IOException {
        Path summary = dir.resolve("step_summary");
        Files.writeString(summary, "earlier step\n");
        Map<String, String> env = Map.of(Target.STEP_SUMMARY, summary.toString());
        ReportFiles.preflight(List.of(Target.parse("md")), env);
        ReportFiles.write(report, Target.parse("md"), env);
        assertEquals("earlier step\n" + Format.MD.render(report), Files.readString(summary));
    }

    @Test
    void aBareMdWithoutAJobSummaryIsRefused() {
        ReportTargetException e = assertThrows(ReportTargetException.class,
                () -> ReportFiles.preflight(List.of(Target.parse("md")), Map.of()));
        assertEquals("--report md without a path appends to $GITHUB_STEP_SUMMARY, which is not set here; give md=PATH",
                e.getMessage());
    }

    @Test
    void theJcstressLinkIsMadeRelativeToTheReport() throws IOException {
        Path jc = dir.resolve("stress/target/jcstress-report/index.html");
        Report r = report.withAgreement(new dev.sledcheck.reports.engines.Agreement("a.json", jc.toString(), List.of()));
        Path out = dir.resolve("site/report.html");
        ReportFiles.write(r, new Target(Format.HTML, out), Map.of());
        assertTrue(Files.readString(out).contains("<a href=\"../stress/target/jcstress-report/index.html\">"));
    }

    // ---- What a path turns out to be (issue #12, 4) ----

    private static boolean isCharDevice(Path p) throws IOException {
        return ((Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000) == 0020000;
    }

    @Test
    void aSymbolicLinkIsFollowedAndStaysALink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real.json"));
        Path chain = Files.createSymbolicLink(dir.resolve("chain.json"), link);
        ReportFiles.preflight(List.of(new Target(Format.JSON, chain)), Map.of());
        ReportFiles.write(report, new Target(Format.JSON, chain), Map.of());
        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(chain), "the links stay links");
        assertEquals(Format.JSON.render(report), Files.readString(real));
        assertEquals(List.of("chain.json", "link.json", "real.json"), names(), "no temporary file left");
        // A dangling link: the file it names is created.
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.md"), Path.of("made.md"));
        ReportFiles.write(report, new Target(Format.MD, dangling), Map.of());
        assertTrue(Files.isSymbolicLink(dangling));
        assertEquals(Format.MD.render(report), Files.readString(dir.resolve("made.md")));
        // Two links to one file are two reports to the same file.
        ReportTargetException e = assertThrows(ReportTargetException.class, () -> ReportFiles.preflight(
                List.of(new Target(Format.JSON, link), new Target(Format.TEXT, real)), Map.of()));
        assertEquals("two reports would go to the same file " + real, e.getMessage());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aFifoIsWrittenThroughNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor());
        Target t = new Target(Format.TEXT, fifo);
        // Checking opens nothing, so it cannot block on a FIFO with no reader.
        CompletableFuture.runAsync(() -> ReportFiles.preflight(List.of(t), Map.of())).get(10, TimeUnit.SECONDS);
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long n = ReportFiles.write(report, t, Map.of());
        assertEquals(Format.TEXT.render(report), reader.get(10, TimeUnit.SECONDS));
        assertEquals(Format.TEXT.render(report).getBytes(StandardCharsets.UTF_8).length, n);
        assertTrue(!Files.isRegularFile(fifo) && Files.exists(fifo), "still the FIFO");
        assertEquals(List.of("pipe"), names(), "no temporary file beside it");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void devNullIsWrittenThroughNotReplaced() throws IOException {
        Target t = new Target(Format.JSON, Path.of("/dev/null"));
        ReportFiles.preflight(List.of(t, t), Map.of());
        ReportFiles.write(report, t, Map.of());
        assertTrue(isCharDevice(Path.of("/dev/null")), "/dev/null is still a device");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void devStdoutIsThisProcesssStandardOutput() {
        PrintStream was = System.out;
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        System.setOut(new PrintStream(got, true, StandardCharsets.UTF_8));
        try {
            Target t = new Target(Format.MD, Path.of("/dev/stdout"));
            ReportFiles.preflight(List.of(t), Map.of());
            ReportFiles.write(report, t, Map.of());
        } finally {
            System.setOut(was);
        }
        assertEquals(Format.MD.render(report), got.toString(StandardCharsets.UTF_8));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void unwritablePlacesAreRefusedBeforeAnyWrite() throws IOException {
        // Both hold as root too: no file can be made in /proc, nor under a regular file.
        Path file = Files.writeString(dir.resolve("plain"), "x");
        for (Path p : List.of(Path.of("/proc/sledcheck-report.json"), file.resolve("sub/r.json"))) {
            ReportTargetException e = assertThrows(ReportTargetException.class,
                    () -> ReportFiles.preflight(List.of(new Target(Format.JSON, p)), Map.of()));
            assertTrue(e.getMessage().startsWith("cannot write json=" + p + ": "), e.getMessage());
        }
        for (Path p : List.of(Path.of("/proc/sledcheck-summary.md"), file.resolve("summary.md"))) {
            Map<String, String> env = Map.of(Target.STEP_SUMMARY, p.toString());
            ReportTargetException e = assertThrows(ReportTargetException.class,
                    () -> ReportFiles.preflight(List.of(Target.parse("md")), env));
            assertTrue(e.getMessage().startsWith("cannot append to $GITHUB_STEP_SUMMARY (" + p + "): "), e.getMessage());
        }
        // A link that leads there is refused the same way.
        Path link = Files.createSymbolicLink(dir.resolve("to-proc.json"), Path.of("/proc/sledcheck-report.json"));
        assertThrows(ReportTargetException.class,
                () -> ReportFiles.preflight(List.of(new Target(Format.JSON, link)), Map.of()));
        assertEquals(List.of("plain", "to-proc.json"), names());
    }
}
