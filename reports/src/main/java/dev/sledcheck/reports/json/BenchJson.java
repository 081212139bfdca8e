package dev.sledcheck.reports.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sledcheck.reports.Setting;
import dev.sledcheck.reports.bench.BenchRow;
import dev.sledcheck.reports.bench.BenchTable;
import dev.sledcheck.reports.bench.KeyColumn;

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
        }
        return Json.pretty(root);
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
