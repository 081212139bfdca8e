package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sledcheck.checker.Monitor;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress goes to a terminal's stderr, or where asked; never into a pipe unasked. */
class ProgressTest {

    @Test
    void noProgressWhenNotATerminalAndNotAsked() {
        PrintWriter err = new PrintWriter(new StringWriter());
        assertSame(Monitor.NONE, ProgressLine.choose(false, false, err));
        assertInstanceOf(ProgressLine.class, ProgressLine.choose(false, true, err));
        assertInstanceOf(ProgressLine.class, ProgressLine.choose(true, false, err));
    }

    @Test
    void aCheckInAPipeWritesNothingToStderr() {
        // Tests run without a console, as a pipe or a CI log would.
        Cli r = Cli.run("check", "--scenario", "scale", "--variant", "sim-fix", "--passes", "2");
        assertEquals(0, r.exit());
        assertEquals("", r.err());
    }

    @Test
    void aLineSaysStatesRateQueueAndTime() {
        Monitor.Snapshot now = new Monitor.Snapshot(30_000, 90_000, 1_234, 3.2, -1, -1);
        assertEquals("sledcheck: 30000 states, 10000 states/s, queue 1234, 3 s", ProgressLine.line(now, 20_000, 2.2));
    }
}
