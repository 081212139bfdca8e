package dev.sledcheck.reports.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sledcheck.reports.Setting;
import dev.sledcheck.reports.bench.BenchRow;
import dev.sledcheck.reports.bench.BenchTable;

/**
 * The scaling table as a {@code sledcheck-bench} document: settings, then one object per row with
 * the same fields as the text table (numbers as numbers; a ratio or a size that was not measured
 * is {@code null}).
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
            o.put("variant", r.variant());
            o.put("instances", r.instances());
            o.put("passes", r.passes());
            o.put("userStop", r.userStop());
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
            if (Double.isNaN(r.ratioToNone())) {
                o.putNull("ratioToNone");
            } else {
                o.put("ratioToNone", r.ratioToNone());
            }
        }
        return Json.pretty(root);
    }
}
