package dev.sledcheck.reports.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.reports.Fixtures;
import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.engines.Agreement;
import dev.sledcheck.reports.engines.AgreementRow;
import dev.sledcheck.reports.output.Format;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonTest {

    static Report read(String json) {
        Document d = Documents.parse(json, "mem.json", null);
        return assertInstanceOf(Document.Result.class, d).report();
    }

    @Test
    void readsBackWhatItWrote() {
        Report r = Fixtures.predictedWithEngines();
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
    void aRunKeepsWhatEachStepSentReadAndIsMarkedByAndTheVariantsWords() throws Exception {
        String json = Format.JSON.render(Fixtures.check(Fixtures.race()));
        JsonNode config = Json.MAPPER.readTree(json).get("configurations").get(0);
        JsonNode run = config.get("verdicts").get(0).get("run");
        JsonNode poke = run.get("steps").get(2);
        assertEquals("{\"to\":\"nexus\",\"token\":\"nexus:put(v1,Destroyed/7)\"}", poke.get("sent").get(0).toString());
        assertEquals("[\"agent v1\"]", poke.get("reads").toString());
        assertEquals("[\"race window opens: v1 gone\"]", poke.get("marks").toString());
        assertEquals("[\"agent\",\"nexus\",\"watcher\",\"user\"]", run.get("actors").toString());
        assertEquals("idle", run.get("start").get("watcher").textValue());
        assertEquals("{\"term\":\"tiny\",\"meaning\":\"the race in five steps\",\"origin\":\"commit abc123\"}",
                config.get("glossary").get(0).toString());
        assertEquals(Fixtures.check(Fixtures.race()), read(json));
    }

    @Test
    void aFileWrittenBeforeThoseFieldsStillRendersAndSaysWhatItLacks() throws Exception {
        ObjectNode root = (ObjectNode) Json.MAPPER.readTree(Format.JSON.render(Fixtures.check(Fixtures.race())));
        ObjectNode config = (ObjectNode) root.get("configurations").get(0);
        config.remove("glossary");
        ObjectNode run = (ObjectNode) config.get("verdicts").get(0).get("run");
        run.remove(List.of("actors", "start"));
        run.get("steps").forEach(st -> ((ObjectNode) st).remove(List.of("sent", "reads", "marks")));
        Report old = read(Json.pretty(root));
        Run r = old.sections().get(0).result().verdicts().get(0).run();
        assertEquals(List.of(), r.actors());
        assertEquals(List.of(Facet.EVERY), r.steps().get(4).reads(), "it may have read anything");
        assertEquals(List.of(), old.sections().get(0).glossary());
        String html = Format.HTML.render(old);
        assertTrue(html.contains("this run does not say which values its steps read, so each is taken to read every one"),
                html);
        assertFalse(html.contains("class=\"arrow inflight\""), "nothing is known to be in flight");
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
