package dev.sledcheck.reports.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.run.Cell;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.reports.Fixtures;
import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.Section;
import dev.sledcheck.reports.engines.Agreement;
import dev.sledcheck.reports.engines.AgreementRow;
import dev.sledcheck.reports.engines.JcstressOutcome;
import dev.sledcheck.reports.output.Format;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonTest {

    static Report withPredictionAndEngines() {
        Report r = Fixtures.check(Fixtures.race());
        Section s = r.sections().get(0);
        Section predicted = new Section(s.configuration(), s.replay(), s.result(),
                List.of(new Cell("S1v", Status.VIOLATED, Status.VIOLATED, "the seed's race"), s.cells().get(1)));
        Agreement a = new Agreement("x.json", null, List.of(new AgreementRow("tiny", "race", "S1v", "VIOLATED", null,
                "VIOLATED", List.of(new JcstressOutcome("FAILED", "ACCEPTABLE_INTERESTING", 3, "spurious")), true, "")));
        return new Report(r.command(), r.title(), r.options(), List.of("none-yet"), r.properties(), List.of(predicted),
                a, r.seconds());
    }

    static Report read(String json) {
        Document d = Documents.parse(json, "mem.json", null);
        return assertInstanceOf(Document.Result.class, d).report();
    }

    @Test
    void readsBackWhatItWrote() {
        Report r = withPredictionAndEngines();
        String json = Format.JSON.render(r);
        Report back = read(json);
        assertEquals(r.withAgreement(null), back.withAgreement(null));
        assertEquals(r.agreement().rows(), back.agreement().rows());
        assertEquals("mem.json", back.agreement().source());
        assertEquals(json, Format.JSON.render(back), "a second trip changes no byte");
    }

    @Test
    void aRunKeepsItsInitialStateAndOlderFilesStartFromTheFirst() {
        Report r = Fixtures.check(new dev.sledcheck.model.run.Run(2, Fixtures.race().steps()));
        String json = Format.JSON.render(r);
        assertTrue(json.contains("\"initial\" : 2,"), json);
        assertEquals(r, read(json));
        Report older = read(json.replace("\"initial\" : 2,", ""));
        assertEquals(0, older.sections().get(0).result().verdicts().get(0).run().initial());
    }

    @Test
    void namesItsKindVersionAndCounts() {
        String json = Format.JSON.render(Fixtures.check(Fixtures.race()));
        assertTrue(json.startsWith("{\n  \"schemaVersion\" : 1,\n  \"kind\" : \"sledcheck-result\","), json);
        assertTrue(json.contains("\"verdicts\" : {\n      \"SAFE\" : 1,\n      \"VIOLATED\" : 1,"), json);
        assertTrue(json.contains("\"reductions\" : [ ]"), json);
        assertTrue(json.contains("\"nexus v1\" : \"Failed gen 7\""), json);
        assertFalse(json.contains("\r"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"kind\": |mem.json: not valid JSON at line 1, column 9: Unexpected end-of-input",
        "[1, 2]|mem.json: /: expected a JSON object",
        "{} {}|mem.json: not valid JSON at line 1, column 4",
        "{\"kind\": \"x\", \"kind\": \"y\"}|mem.json: not valid JSON at line 1, column 21: Duplicate field 'kind'",
        "{\"schemaVersion\": 1, \"kind\": \"nope\"}|mem.json: /kind: unknown kind 'nope'",
        "{\"schemaVersion\": 9, \"kind\": \"sledcheck-result\"}|mem.json: /schemaVersion: unsupported version 9 (this sledcheck reads 1)",
        "{\"schemaVersion\": 1, \"kind\": \"sledcheck-result\"}|mem.json: /: missing field 'options'",
        "''|mem.json: empty, expected a JSON object",
    })
    void badInputIsOneLineNamingThePlace(String json, String expectedStart) {
        BadReportFile e = assertThrows(BadReportFile.class, () -> Documents.parse(json, "mem.json", null));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aWrongFieldDeepInsideIsNamedByItsPointer() {
        String json = Format.JSON.render(Fixtures.check(Fixtures.race())).replace("\"enabledBy\" : 4", "\"enabledBy\" : \"4\"");
        BadReportFile e = assertThrows(BadReportFile.class, () -> read(json));
        assertEquals("mem.json: /configurations/0/verdicts/0/run/steps/4/enabledBy: expected an integer", e.getMessage());
    }

    @Test
    void aCausalLinkMustPointBack() {
        String json = Format.JSON.render(Fixtures.check(Fixtures.race())).replace("\"enabledBy\" : 4", "\"enabledBy\" : 5");
        BadReportFile e = assertThrows(BadReportFile.class, () -> read(json));
        assertTrue(e.getMessage().endsWith("/run/steps/4/enabledBy: must name an earlier step or 0, got 5"), e.getMessage());
    }

    @Test
    void anAgreementNeedsOnlyItsCoreFields(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String json = "{\"schemaVersion\": 1, \"kind\": \"sledcheck-agreement\", \"configurations\": ["
                + "{\"configuration\": \"sim-fix\", \"property\": \"S1v\", \"checker\": \"SAFE\", \"agrees\": true, \"extra\": 1}]}";
        Agreement a = assertInstanceOf(Document.Engines.class, Documents.parse(json, "a.json", dir)).agreement();
        AgreementRow row = a.rows().get(0);
        assertEquals(new AgreementRow("sim-fix", "", "S1v", "SAFE", null, null, List.of(), true, ""), row);
        assertEquals(null, a.jcstressReport(), "no jcstress report beside it");
        java.nio.file.Files.createDirectories(dir.resolve("jcstress-report"));
        java.nio.file.Files.writeString(dir.resolve("jcstress-report/index.html"), "<html></html>");
        Agreement linked = ((Document.Engines) Documents.parse(json, "a.json", dir)).agreement();
        assertEquals(dir.resolve("jcstress-report/index.html").toString(), linked.jcstressReport());
    }

    @Test
    void aMissingFileIsOneLine() {
        BadReportFile e = assertThrows(BadReportFile.class, () -> Documents.read(Path.of("no/such/result.json")));
        assertEquals("no/such/result.json: no such file", e.getMessage());
    }
}
