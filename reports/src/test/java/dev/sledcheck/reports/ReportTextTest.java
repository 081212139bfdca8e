package dev.sledcheck.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.reports.engines.Agreement;
import dev.sledcheck.reports.engines.AgreementRow;
import dev.sledcheck.reports.engines.JcstressOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTextTest {

    @Test
    void oneCheckIsExactlyTheTextLog() {
        Report r = Fixtures.check(Fixtures.race());
        Section s = r.sections().get(0);
        assertEquals(TextLog.result(s.result(), s.replay()), ReportText.render(r));
    }

    @Test
    void severalConfigurationsGetTheTableThenEachBlock() {
        Report one = Fixtures.check(Fixtures.race());
        Section s = one.sections().get(0);
        Report two = new Report("matrix", "matrix tiny", one.options(), one.reductions(), one.properties(),
                List.of(s, new Section("tiny --user-stop", s.replay(), s.result(), s.cells())), null, 3);
        String text = ReportText.render(two);
        assertTrue(text.startsWith("matrix tiny: 2 configurations x 2 properties"), text);
        assertTrue(text.contains("\n== tiny --user-stop ==\ncheck seed-7282 tiny\n"), text);
        assertTrue(text.contains("time 3.00 s\n"), text);
    }

    @Test
    void enginesAreTabulatedWithTheirNotes() {
        Agreement a = new Agreement("agreement.json", null, List.of(new AgreementRow("sim-bug", "race", "S1v", "VIOLATED",
                "VIOLATED", "VIOLATED", List.of(new JcstressOutcome("FAILED", "ACCEPTABLE_INTERESTING", 12, "spurious")),
                true, "seen 12 times")));
        String text = ReportText.engines(a);
        assertTrue(text.contains("sim-bug        S1v       VIOLATED  VIOLATED        VIOLATED  FAILED ACCEPTABLE_INTERESTING 12  yes"),
                text);
        assertTrue(text.contains("sim-bug S1v: seen 12 times"), text);
    }
}
