package dev.sledcheck.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrapTest {

    @Test
    void breaksAtSpacesWithinTheWidth() {
        assertEquals(List.of("write v1 Failed", "gen 7 -> landed"), Wrap.lines("write v1 Failed gen 7 -> landed", 15));
    }

    @Test
    void cutsAWordLongerThanALine() {
        assertEquals(List.of("abcdef", "gh ij"), Wrap.lines("abcdefgh ij", 6));
    }

    @Test
    void emptyIsOneEmptyLine() {
        assertEquals(List.of(""), Wrap.lines("", 10));
    }
}
