package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signal stops the search, not the process: the result so far is printed and written, marked
 * INCOMPLETE with the signal's name, and the exit code is the shell's for that signal. Real
 * processes, a real kill; both signals at once, so the test takes one child's time.
 */
class SignalTest {

    @TempDir
    Path dir;

    @Test
    void sigintAndSigtermStopTheSearchAndTheReportIsWritten() throws Exception {
        assumeTrue(Subprocess.DEFAULT_SIGNALS, "needs env --default-signal (GNU coreutils 8.31+)");
        // Over a minute of search on one thread: only a signal ends it within the test.
        Subprocess interrupted = start("int");
        Subprocess terminated = start("term");
        interrupted.awaitStderr(" states/s");
        terminated.awaitStderr(" states/s");
        interrupted.interrupt();
        terminated.process().destroy();

        expect(interrupted, "int", ExitCode.SIGINT);
        expect(terminated, "term", ExitCode.SIGTERM);
    }

    private Subprocess start(String name) throws Exception {
        return Subprocess.start(dir, List.of("-Xmx256m"), "check", "--scenario", "scale", "--variant", "sim-fix",
                "--instances", "3", "--passes", "2", "--threads", "1", "--progress",
                "--report", "json=" + dir.resolve(name + ".json"));
    }

    private void expect(Subprocess p, String name, ExitCode code) throws Exception {
        assertEquals(code.code(), p.exit(), p.stderr());
        String reason = "interrupted by " + code.name();
        String out = p.stdout();
        assertTrue(out.contains("S1v  INCOMPLETE (" + reason + " after "), out);
        assertTrue(out.contains("distinct states, "), out);
        assertTrue(p.stderr().contains("sledcheck: wrote json=" + dir.resolve(name + ".json")), p.stderr());
        assertTrue(p.stderr().contains("sledcheck: " + reason + ": the search stopped"), p.stderr());
        String json = Files.readString(dir.resolve(name + ".json"));
        assertTrue(json.contains("\"limit\" : \"" + reason + "\""), json);
        assertTrue(json.contains("\"status\" : \"INCOMPLETE\""), json);
    }
}
