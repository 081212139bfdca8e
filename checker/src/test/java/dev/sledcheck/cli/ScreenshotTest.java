package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.reports.Timing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screenshots in docs/ are of what {@code matrix} renders today, or this test fails. {@code
 * docs/report.png} shows the top of the matrix's HTML report (its header, verdict table, legends
 * and sim-bug's S1v diagram), at 0.6 scale; {@code docs/diagram-after.png} that diagram alone, at
 * full scale like {@code docs/diagram-before.png}. {@value #FACTS}
 * records what they show: a digest of those parts of the page (tooltips and timings left out) and,
 * readable, the header and the table's rows, so a failure's diff says what changed. Checking needs
 * no browser; regenerating does:
 *
 * <pre>SLEDCHECK_REQUIRE_CHROMIUM=1 mvn -B -ntp verify -pl checker -am -Dtest=ScreenshotTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dscreenshots.update=true</pre>
 *
 * ({@code docs/diagram-before.png}, main's rendering before issue #13, is history: nothing renders it.)
 */
class ScreenshotTest {

    static final Path DOCS = Path.of("../docs");
    static final String FACTS = "screenshots.txt";
    static final boolean UPDATE = Boolean.getBoolean("screenshots.update");
    static final String FIGURE = "<figure class=\"cx\" id=\"cx-sim-bug-s1v\"";

    @Test
    void theScreenshotsShowWhatTheMatrixRendersToday(@TempDir Path tmp) throws Exception {
        Cli c = MatrixOnce.run();
        assertEquals(0, c.exit(), c.err());
        Path html = MatrixOnce.report("html");
        String page = Files.readString(html);
        String facts = facts(page);
        if (UPDATE) {
            Path chromium = Chromium.require();
            shoot(chromium, html, DOCS.resolve("report.png"), 1400, 2300, 0.6, tmp);
            Path alone = Files.writeString(tmp.resolve("figure.html"), figureAlone(page));
            shoot(chromium, alone, DOCS.resolve("diagram-after.png"), 1320, 960, 1, tmp);
            Files.writeString(DOCS.resolve(FACTS), facts);
        }
        assertTrue(Files.exists(DOCS.resolve(FACTS)), "no docs/" + FACTS + ": regenerate (see ScreenshotTest)");
        assertEquals(Files.readString(DOCS.resolve(FACTS)), facts, "docs/report.png and docs/diagram-after.png are"
                + " stale: the matrix renders otherwise now; regenerate them with -Dscreenshots.update=true (see"
                + " ScreenshotTest) and look at them");
    }

    /** What the screenshots show, as text. */
    static String facts(String html) {
        String page = Timing.mask(html).replaceAll(" title=\"[^\"]*\"", "").replaceAll("(?s)<title>.*?</title>", "");
        String css = element(page, "<style>");
        String header = element(page, "<header>");
        String verdicts = element(page, "<section id=\"verdicts\">");
        String figure = element(page, FIGURE);
        StringBuilder sb = new StringBuilder("# What docs/report.png and docs/diagram-after.png show; ScreenshotTest")
                .append(" fails when a fresh matrix renders them otherwise.\n")
                .append("report.png sha256 ").append(sha256(css + header + verdicts + figure)).append('\n')
                .append("diagram-after.png sha256 ").append(sha256(css + figure)).append('\n')
                .append("header: ").append(text(element(header, "<p class=\"meta\">"))).append('\n');
        Matcher rows = Pattern.compile("(?s)<tr>(.*?)</tr>").matcher(element(verdicts, "<table"));
        while (rows.find()) {
            sb.append("row: ").append(text(rows.group(1).replace("</t", " </t").replace("<span", " <span"))).append('\n');
        }
        return sb.toString();
    }

    /** The element {@code start} opens, up to its end tag (not nested in one of its kind). */
    static String element(String page, String start) {
        int i = page.indexOf(start);
        assertTrue(i >= 0, "no " + start);
        String tag = start.substring(1).split("[ >]")[0];
        return page.substring(i, page.indexOf("</" + tag + ">", i));
    }

    private static String figureAlone(String page) {
        String head = page.substring(0, page.indexOf("<body>") + "<body>".length());
        return head + "<main style=\"padding:8px\">" + element(page, FIGURE)
                + "</figure></main></body></html>\n";
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&#183;", "\u00b7").replace("&#39;", "'").replaceAll("\\s+", " ")
                .strip();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A screenshot of {@code page} in a {@code width} x {@code height} window, drawn at {@code scale}. */
    private static void shoot(Path chromium, Path page, Path png, int width, int height, double scale, Path tmp)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString()));
        cmd.addAll(Chromium.FLAGS);
        cmd.addAll(List.of("--user-data-dir=" + Files.createTempDirectory(tmp, "profile"), "--hide-scrollbars",
                "--force-device-scale-factor=" + scale, "--window-size=" + width + "," + height,
                "--screenshot=" + png.toAbsolutePath(), page.toAbsolutePath().toUri().toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile())
                .start();
        try {
            assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("chromium.log")));
    }
}
