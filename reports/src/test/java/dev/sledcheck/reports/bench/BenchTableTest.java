package dev.sledcheck.reports.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sledcheck.reports.Setting;
import dev.sledcheck.reports.json.BenchJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table's key columns come from whoever ran the bench: their headers, alignment and JSON types. */
class BenchTableTest {

    private static final List<KeyColumn> COLUMNS = List.of(KeyColumn.text("variant"),
            new KeyColumn("instances", "instances", KeyColumn.Kind.NUMBER),
            new KeyColumn("user-stop", "userStop", KeyColumn.Kind.ON_OFF));

    private static BenchRow row(String variant, String instances, String stop, String reduction, double ratio) {
        return new BenchRow(List.of(variant, instances, stop), reduction, "SAFE", "exact", 460, 945, 0.5, 120, -1, ratio);
    }

    private static final BenchTable TABLE = new BenchTable("bench test", COLUMNS, List.of(new Setting("threads", "2")),
            List.of(row("sim-fix", "1", "off", "none", 1.0), row("sim-fix", "12", "on", "gen", Double.NaN)));

    @Test
    void textPutsTheKeyFirstNumbersRightAligned() {
        List<String> lines = BenchText.render(TABLE).lines().toList();
        assertEquals("bench test", lines.get(0));
        assertEquals("  threads 2", lines.get(1));
        assertTrue(lines.get(3).startsWith("variant  instances  user-stop  reduction  outcome"), lines.get(3));
        assertTrue(lines.get(4).startsWith("sim-fix          1  off        none       SAFE"), lines.get(4));
        assertTrue(lines.get(5).startsWith("sim-fix         12  on         gen        SAFE"), lines.get(5));
        assertTrue(lines.get(5).endsWith("  -  exact"), "no ratio without a none run: " + lines.get(5));
    }

    @Test
    void markdownAlignsAsTheTextDoes() {
        String md = BenchMarkdown.render(TABLE);
        assertTrue(md.contains("| variant | instances | user-stop | reduction | outcome | states |"), md);
        assertTrue(md.contains("| --- | --: | --- | --- | --- | --: |"), md);
    }

    @Test
    void jsonTypesEachKeyAsItsColumnSays() throws Exception {
        JsonNode first = new ObjectMapper().readTree(BenchJson.render(TABLE)).get("rows").get(0);
        assertEquals("sim-fix", first.get("variant").asText());
        assertTrue(first.get("instances").isIntegralNumber(), first.toString());
        assertTrue(first.get("userStop").isBoolean() && !first.get("userStop").asBoolean(), first.toString());
        List<String> fields = new java.util.ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("variant", "instances", "userStop", "reduction", "outcome"), fields.subList(0, 5));
    }

    @Test
    void aRowMustKeyEveryColumn() {
        assertThrows(IllegalArgumentException.class, () -> new BenchTable("t", COLUMNS, List.of(),
                List.of(new BenchRow(List.of("sim-fix"), "none", "SAFE", "exact", 1, 1, 1, 1, -1, 1))));
    }
}
