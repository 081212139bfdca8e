package dev.sledcheck.reports.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.reports.Fixtures;
import dev.sledcheck.reports.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
}
