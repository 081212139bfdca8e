package dev.sledcheck.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.run.Status;
import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class MatrixTextTest {

    @Test
    void everyVerdictHasItsOwnLetter() {
        assertEquals(Status.values().length,
                Arrays.stream(Status.values()).map(s -> s.name().charAt(0)).distinct().count());
    }

    @Test
    void theLegendNamesOnlyWhatTheTableShows() {
        String both = MatrixText.legend(EnumSet.of(Status.SAFE, Status.VIOLATED), true);
        assertEquals("legend: S SAFE, V VIOLATED; = found as predicted, ! differs from the prediction.\n", both);
        String bare = MatrixText.legend(EnumSet.of(Status.REACHED), false);
        assertTrue(bare.contains("R REACHED"), bare);
        assertFalse(bare.contains("predicted"), bare);
        assertFalse(bare.contains("SAFE"), bare);
    }
}
