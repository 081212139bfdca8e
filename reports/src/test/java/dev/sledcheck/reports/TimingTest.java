package dev.sledcheck.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TimingTest {

    @Test
    void masksEveryWayTimeIsShown() {
        assertEquals("  time #.## s\n", Timing.mask("  time 12.34 s\n"));
        assertEquals("<span class=\"time\">time #.## s</span>", Timing.mask("<span class=\"time\">" + Timing.shown(0.5) + "</span>"));
        assertEquals("{\"seconds\" : \"#\", \"states\" : 3}", Timing.mask("{\"seconds\" : 1.234, \"states\" : 3}"));
    }

    @Test
    void leavesEverythingElse() {
        String s = "states 1105, gen 7, overtime 3.5 sec";
        assertEquals(s, Timing.mask(s));
    }

    @Test
    void twoTimingsDifferOnlyUntilMasked() {
        String a = ReportText.render(Fixtures.check(Fixtures.race()));
        String b = ReportText.render(Fixtures.check(Fixtures.race()).withoutTiming());
        assertNotEquals(a, b);
        assertEquals(Timing.mask(a), Timing.mask(b));
    }
}
