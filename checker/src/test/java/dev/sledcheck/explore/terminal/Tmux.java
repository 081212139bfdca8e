package dev.sledcheck.explore.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A program running in a detached tmux session of a given size: keys go in with {@code
 * send-keys}, the screen comes out with {@code capture-pane}. Each instance has a tmux server of
 * its own (its own socket, in a directory of its own), so it never sees or touches anyone else's
 * sessions, and closing it ends only that server and removes the directory. Without tmux on the PATH the tests are skipped with a message, unless
 * {@code SLEDCHECK_REQUIRE_TMUX=1} (environment) or {@code -Dsledcheck.requireTmux=true} says it
 * is required: then they fail. CI ({@code .ci/run}) installs tmux and requires it.
 */
final class Tmux implements AutoCloseable {

    /** How long a screen may take to show what a test waits for (a JVM starting on a busy machine). */
    static final long PATIENCE_MS = 60_000;

    private final Path tmux;
    private final Path socket;

    private Tmux(Path tmux, Path socket) {
        this.tmux = tmux;
        this.socket = socket;
    }

    static boolean required() {
        return "1".equals(System.getenv("SLEDCHECK_REQUIRE_TMUX")) || Boolean.getBoolean("sledcheck.requireTmux");
    }

    /** tmux, or a skip (a failure when required). */
    static Path require() {
        String path = System.getenv("PATH");
        for (String d : path == null ? new String[0] : path.split(File.pathSeparator)) {
            Path p = Path.of(d, "tmux");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        if (required()) {
            fail("SLEDCHECK_REQUIRE_TMUX=1 but no tmux on the PATH (apt-get install -y tmux)");
        }
        assumeTrue(false, "no tmux on the PATH: terminal test skipped (install tmux, or set"
                + " SLEDCHECK_REQUIRE_TMUX=1 to make this a failure, as .ci/run does)");
        throw new AssertionError("unreachable");
    }

    /** Starts {@code command} (its words as they are: no shell parses them) in a {@code columns} x {@code rows} pane. */
    static Tmux start(int columns, int rows, List<String> command) throws IOException, InterruptedException {
        Tmux t = new Tmux(require(), Files.createTempDirectory("sledcheck-tmux").resolve("socket"));
        // remain-on-exit before the program starts: the pane, and what it showed, outlive it.
        List<String> args = new ArrayList<>(List.of("start-server", ";", "set-option", "-g", "remain-on-exit", "on",
                ";", "new-session", "-d", "-x", String.valueOf(columns), "-y", String.valueOf(rows), "-s", "explore"));
        // Through a shell that prints the exit status on the screen: tmux 3.3's pane_dead_status is
        // empty at times (when the pty closes before the process is reaped). The shell traps
        // SIGINT, so that a Ctrl-C meant for the program does not end the shell (dash would).
        args.addAll(List.of("sh", "-c", "trap : INT; \"$@\"; echo \"[exited $?]\"", "sh"));
        args.addAll(command);
        t.run(args);
        return t;
    }

    /** Sends keys as tmux names them ({@code Enter}, {@code Up}, {@code Tab}, {@code C-u}). */
    void keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "explore"));
        args.addAll(List.of(keys));
        run(args);
    }

    /** Types {@code text} as it is, character by character. */
    void type(String text) throws IOException, InterruptedException {
        run(List.of("send-keys", "-t", "explore", "-l", text));
    }

    /**
     * Everything the pane has shown, the scrollback included, with the lines the terminal wrapped
     * joined again (-J), so that a line too long for the pane shows as one long line.
     */
    String screen() throws IOException, InterruptedException {
        return run(List.of("capture-pane", "-p", "-J", "-S", "-", "-t", "explore"));
    }

    /** The screen once {@code ready} holds of it; fails with the screen after {@link #PATIENCE_MS}. */
    String await(String what, Predicate<String> ready) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MS);
        String s = screen();
        while (!ready.test(s)) {
            if (System.nanoTime() > end) {
                fail("the terminal never showed " + what + "; it shows:\n" + s);
            }
            Thread.sleep(100);
            s = screen();
        }
        return s;
    }

    /** The program's exit status, once it has ended. */
    int exitStatus() throws IOException, InterruptedException {
        Matcher m = EXITED.matcher(await("the program's end", screen -> EXITED.matcher(screen).find()));
        assertTrue(m.find());
        return Integer.parseInt(m.group(1));
    }

    private static final Pattern EXITED = Pattern.compile("\\[exited ([0-9]+)\\]");

    private String run(List<String> args) throws IOException, InterruptedException {
        // -f /dev/null: no one's ~/.tmux.conf changes what the pane does.
        List<String> cmd = new ArrayList<>(List.of(tmux.toString(), "-f", "/dev/null", "-S", socket.toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("tmux " + args + " hung");
        }
        assertEquals(0, p.exitValue(), "tmux " + args + " failed: " + out);
        return out;
    }

    /** Ends this test's tmux server, and with it the program if it still runs; removes its socket. */
    @Override
    public void close() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(tmux.toString(), "-f", "/dev/null", "-S", socket.toString(), "kill-server")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor(30, TimeUnit.SECONDS);
        Files.deleteIfExists(socket);
        Files.deleteIfExists(socket.getParent());
    }
}
