package dev.sledcheck.reports.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sledcheck.reports.Setting;
import dev.sledcheck.reports.bench.Baseline;
import dev.sledcheck.reports.bench.BenchRow;
import dev.sledcheck.reports.bench.BenchTable;
import dev.sledcheck.reports.bench.KeyColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scaling table as a {@code sledcheck-bench} document: settings, then one object per row with
 * the same fields as the text table, its key columns first (numbers as numbers, on/off as a
 * boolean; a ratio or a size that was not measured is {@code null}).
 */
public final class BenchJson {
    private BenchJson() {}

    public static final String KIND = "sledcheck-bench";
    public static final int SCHEMA_VERSION = 1;

    public static String render(BenchTable t) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("kind", KIND);
        root.put("title", t.title());
        ObjectNode settings = root.putObject("settings");
        for (Setting s : t.settings()) {
            settings.put(s.name(), s.value());
        }
        ArrayNode rows = root.putArray("rows");
        for (BenchRow r : t.rows()) {
            ObjectNode o = rows.addObject();
            for (int i = 0; i < t.columns().size(); i++) {
                key(o, t.columns().get(i), r.key().get(i));
            }
            o.put("reduction", r.reduction());
            o.put("outcome", r.outcome());
            o.put("store", r.store());
            o.put("states", r.states());
            o.put("transitions", r.transitions());
            o.put("seconds", r.seconds());
            o.put("statesPerSecond", Math.round(r.statesPerSecond()));
            if (r.bytesPerState() < 0) {
                o.putNull("bytesPerState");
            } else {
                o.put("bytesPerState", Math.round(r.bytesPerState()));
            }
            if (r.allInPerState() < 0) {
                o.putNull("allInBytesPerState");
            } else {
                o.put("allInBytesPerState", Math.round(r.allInPerState()));
            }
            if (Double.isNaN(r.ratioToNone())) {
                o.putNull("ratioToNone");
            } else {
                o.put("ratioToNone", r.ratioToNone());
            }
            if (t.baseline() != null) {
                double before = t.baseline().statesPerSecond(r);
                double speedup = t.baseline().speedup(r);
                numberOrNull(o, "baselineStatesPerSecond", Double.isNaN(before) ? Double.NaN : Math.round(before));
                numberOrNull(o, "speedupOverBaseline", speedup);
            }
        }
        if (t.baseline() != null) {
            root.put("baseline", t.baseline().source());
        }
        return Json.pretty(root);
    }

    private static void numberOrNull(ObjectNode o, String field, double value) {
        if (Double.isNaN(value)) {
            o.putNull(field);
        } else {
            o.put(field, value);
        }
    }

    /**
     * The rows' states per second in a {@code sledcheck-bench} document another build wrote, keyed
     * as this table's {@code columns} key them (see {@link Baseline}); a document of another kind,
     * or rows without those fields, is refused in one line.
     */
    public static Baseline readBaseline(String text, String source, List<KeyColumn> columns) {
        JsonNode root = Json.parse(text, source);
        if (!KIND.equals(root.path("kind").asText())) {
            throw new BadReportFile(source + ": not a " + KIND + " document");
        }
        Map<String, Double> rates = new HashMap<>();
        for (JsonNode row : root.path("rows")) {
            List<String> key = new ArrayList<>();
            for (KeyColumn c : columns) {
                JsonNode v = row.get(c.field());
                if (v == null) {
                    throw new BadReportFile(source + ": a row without '" + c.field() + "'");
                }
                key.add(c.kind() == KeyColumn.Kind.ON_OFF ? (v.asBoolean() ? "on" : "off") : v.asText());
            }
            JsonNode rate = row.get("statesPerSecond");
            if (rate == null || !rate.isNumber() || !row.path("reduction").isTextual()) {
                throw new BadReportFile(source + ": a row without its reduction or statesPerSecond");
            }
            rates.put(Baseline.of(key, row.get("reduction").asText()), rate.asDouble());
        }
        return new Baseline(source, rates);
    }

    /** A key column's value, typed as its column says (a number as a number, on/off as a boolean). */
    private static void key(ObjectNode o, KeyColumn c, String value) {
        switch (c.kind()) {
            case NUMBER:
                o.put(c.field(), Long.parseLong(value));
                break;
            case ON_OFF:
                o.put(c.field(), value.equals("on"));
                break;
            default:
                o.put(c.field(), value);
        }
    }
}
