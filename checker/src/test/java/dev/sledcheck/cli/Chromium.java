package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real headless Chromium for the browser tests. Found as {@code $CHROMIUM}, else {@code
 * chromium}, {@code chromium-browser} or {@code google-chrome} on the PATH. Without one the tests
 * are skipped with a message, unless {@code SLEDCHECK_REQUIRE_CHROMIUM=1} (environment) or {@code
 * -Dsledcheck.requireChromium=true} says it is required: then they fail. CI ({@code .ci/run})
 * installs Chromium and requires it, so a CI run never passes them silently.
 */
final class Chromium {
    private Chromium() {}

    /** The flags every run uses: no sandbox (CI runs as root), no GPU, nothing that phones home. */
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    static boolean required() {
        return "1".equals(System.getenv("SLEDCHECK_REQUIRE_CHROMIUM")) || Boolean.getBoolean("sledcheck.requireChromium");
    }

    static Optional<Path> find() {
        String explicit = System.getenv("CHROMIUM");
        if (explicit != null && Files.isExecutable(Path.of(explicit))) {
            return Optional.of(Path.of(explicit));
        }
        String path = System.getenv("PATH");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String d : path == null ? new String[0] : path.split(File.pathSeparator)) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Chromium, or a skip (a failure when required). */
    static Path require() {
        Optional<Path> c = find();
        if (c.isEmpty() && required()) {
            fail("SLEDCHECK_REQUIRE_CHROMIUM=1 but no chromium on the PATH (apt-get install -y chromium)");
        }
        assumeTrue(c.isPresent(), "no chromium on the PATH: browser test skipped (install chromium, or set "
                + "SLEDCHECK_REQUIRE_CHROMIUM=1 to make this a failure, as .ci/run does)");
        return c.get();
    }

    /**
     * Loads {@code page}, returns the DOM after load, and writes a 1400x2000 screenshot to
     * {@code screenshot}. A fresh profile directory every time, so no state leaks between runs.
     */
    static String load(Path chromium, Path page, Path screenshot, Path profile) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(chromium.toString());
        cmd.addAll(FLAGS);
        cmd.add("--user-data-dir=" + profile);
        cmd.add("--virtual-time-budget=5000");
        cmd.add("--window-size=1400,2000");
        cmd.add("--screenshot=" + screenshot.toAbsolutePath());
        cmd.add("--dump-dom");
        cmd.add(page.toAbsolutePath().toUri().toString());
        Path out = Files.createTempFile(profile.getParent(), "dom", ".html");
        Path err = Files.createTempFile(profile.getParent(), "chromium", ".log");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                fail("chromium did not finish within 90 s; its log: " + err);
            }
        } finally {
            // Only what this test started: the browser and the helpers it spawned.
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), "chromium failed; log: " + Files.readString(err, StandardCharsets.UTF_8));
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
