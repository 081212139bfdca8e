package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What each exit code means, as the help promises it; a cut-short run is never read as a broken property. */
class ExitCodeTest {

    @Test
    void aMatrixCutShortByALimitIsIncompleteNotAMissedPrediction() {
        Cli r = Cli.run("matrix", "--max-states", "10");
        assertEquals(ExitCode.INCOMPLETE.code(), r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("I !"), r.out());
    }

    @Test
    void theHelpFooterNamesEveryCode() {
        String help = Cli.run("--help").out();
        for (ExitCode c : ExitCode.values()) {
            assertTrue(help.matches("(?s).*\\b" + c.code() + "\\b.*"), c + " in\n" + help);
        }
    }

    @Test
    void codesAreDistinct() {
        assertEquals(ExitCode.values().length, Arrays.stream(ExitCode.values()).mapToInt(ExitCode::code).distinct().count());
    }
}
