package dev.sledcheck.reports.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sledcheck.reports.Setting;
import dev.sledcheck.reports.json.BadReportFile;
import dev.sledcheck.reports.json.BenchJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table beside another build's measurements of it: read back from that build's JSON, row by row. */
class BaselineTest {

    private static final List<KeyColumn> COLUMNS = List.of(KeyColumn.text("variant"),
            new KeyColumn("user-stop", "userStop", KeyColumn.Kind.ON_OFF));

    private static BenchRow row(String stop, String reduction, long states, double seconds) {
        return new BenchRow(List.of("sim-fix", stop), reduction, "SAFE", "exact", states, 2 * states, seconds, 100, -1, 1.0);
    }

    private static BenchTable table(BenchRow... rows) {
        return new BenchTable("bench test", COLUMNS, List.of(new Setting("threads", "2")), List.of(rows));
    }

    @Test
    void eachRowFindsItsBaselineByKeyAndReductionAndGainsRateAndRatio() throws Exception {
        // The earlier build: 1,000 and 400 states/s; it measured no 'gen' row.
        BenchTable earlier = table(row("off", "none", 1000, 1.0), row("on", "none", 400, 1.0));
        Baseline base = BenchJson.readBaseline(BenchJson.render(earlier), "old.jar", COLUMNS);
        BenchTable now = table(row("off", "none", 3000, 1.0), row("on", "none", 400, 2.0), row("on", "gen", 50, 1.0))
                .against(base);

        List<String> lines = BenchText.render(now).lines().toList();
        assertTrue(lines.get(3).endsWith("store  before states/s  x before"), lines.get(3));
        assertTrue(lines.get(4).endsWith("exact             1000      3.00"), lines.get(4));
        assertTrue(lines.get(5).endsWith("exact              400      0.50"), lines.get(5));
        assertTrue(lines.get(6).endsWith("exact                -         -"), "no baseline row, no ratio: " + lines.get(6));
        assertTrue(BenchMarkdown.render(now).contains("| store | before states/s | x before |"));

        JsonNode doc = new ObjectMapper().readTree(BenchJson.render(now));
        assertEquals("old.jar", doc.get("baseline").asText());
        assertEquals(1000, doc.get("rows").get(0).get("baselineStatesPerSecond").asLong());
        assertEquals(3.0, doc.get("rows").get(0).get("speedupOverBaseline").asDouble(), 1e-9);
        assertTrue(doc.get("rows").get(2).get("speedupOverBaseline").isNull());
        assertTrue(new ObjectMapper().readTree(BenchJson.render(earlier)).get("baseline") == null,
                "a table with no baseline says nothing of one");
    }

    @Test
    void anotherKindOfDocumentOrARowWithoutItsKeyIsRefused() {
        BadReportFile kind = assertThrows(BadReportFile.class,
                () -> BenchJson.readBaseline("{\"kind\": \"sledcheck-check\"}", "old.json", COLUMNS));
        assertEquals("old.json: not a sledcheck-bench document", kind.getMessage());
        BadReportFile key = assertThrows(BadReportFile.class, () -> BenchJson.readBaseline(
                "{\"kind\": \"sledcheck-bench\", \"rows\": [{\"variant\": \"sim-fix\"}]}", "old.json", COLUMNS));
        assertEquals("old.json: a row without 'userStop'", key.getMessage());
        assertThrows(BadReportFile.class, () -> BenchJson.readBaseline("{", "old.json", COLUMNS));
    }
}
