package dev.sledcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code sledcheck} in a JVM of its own, on this test's class path: for what only a real process
 * shows (its exit code after a signal, a small heap running out). Output goes to files, so a
 * child never blocks on a full pipe.
 */
record Subprocess(Process process, Path out, Path err) {

    static Subprocess start(Path dir, List<String> jvm, String... args) throws IOException {
        return startIn(null, dir, jvm, args);
    }

    /** As {@link #start}, with {@code cwd} as the working directory ({@code null}: this one). */
    static Subprocess startIn(Path cwd, Path dir, List<String> jvm, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (DEFAULT_SIGNALS) {
            // A process started in the background of a shell (as a build may be) ignores SIGINT,
            // and so does every child: undo that, so that the child meets signals as at a terminal.
            command.add("env");
            command.add("--default-signal");
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        if (cwd != null) {
            pb.directory(cwd.toFile());
        }
        Process p = pb.start();
        return new Subprocess(p, out, err);
    }

    /**
     * JVM options for a child that runs a command of seconds, as the README's and the guide's do:
     * there, C2's compilations and G1's threads cost more than they save (the README's matrix took
     * 3.7 s instead of 8.6 s on a loaded 2-core machine, a command of a moment 0.4 s instead of
     * 1.1 s). What the command prints is the same: only the timing lines, which the transcripts
     * leave out, differ.
     */
    static final List<String> QUICK = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** Whether {@code env --default-signal} exists here (GNU coreutils 8.31 and later). */
    static final boolean DEFAULT_SIGNALS = works("env", "--default-signal", "true");

    private static boolean works(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until stderr contains {@code text} (at most 30 s). */
    void awaitStderr(String text) throws IOException, InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        while (!stderr().contains(text)) {
            if (!process.isAlive() || System.nanoTime() > until) {
                throw new AssertionError("no '" + text + "' on stderr: " + stderr());
            }
            Thread.sleep(20);
        }
    }

    /** Sends SIGINT, as Ctrl-C at a terminal does ({@link Process#destroy} sends SIGTERM). */
    void interrupt() throws IOException, InterruptedException {
        int done = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        if (done != 0) {
            throw new AssertionError("kill -INT " + process.pid() + " failed");
        }
    }

    /** Waits for the end (at most a minute) and returns the exit code. */
    int exit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 60 s");
        }
        return process.exitValue();
    }

    String stdout() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    String stderr() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }
}
