package dev.sledcheck.reports.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sledcheck.model.run.Cell;
import dev.sledcheck.model.run.Stats;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import dev.sledcheck.reports.Gloss;
import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.Section;
import dev.sledcheck.reports.Setting;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * A {@link Report} as a {@code sledcheck-result} document (schema: {@value #SCHEMA}). Field order
 * is fixed and every collection keeps the report's order, so the same report gives the same bytes;
 * only the {@code seconds} fields vary between identical runs.
 */
public final class ResultJson {
    private ResultJson() {}

    public static final String KIND = "sledcheck-result";
    public static final int SCHEMA_VERSION = 1;
    /** Classpath resource of the JSON Schema this writer follows. */
    public static final String SCHEMA = "/dev/sledcheck/reports/json/sledcheck.schema.json";

    public static void write(Report r, Appendable out) throws IOException {
        out.append(Json.pretty(tree(r)));
    }

    static ObjectNode tree(Report r) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("kind", KIND);
        root.put("command", r.command());
        root.put("title", r.title());
        ObjectNode options = root.putObject("options");
        for (Setting s : r.options()) {
            options.put(s.name(), s.value());
        }
        ArrayNode reductions = root.putArray("reductions");
        r.reductions().forEach(reductions::add);
        ArrayNode props = root.putArray("properties");
        r.properties().forEach(props::add);
        root.set("counts", counts(r));
        ArrayNode configs = root.putArray("configurations");
        for (Section s : r.sections()) {
            configs.add(section(s));
        }
        if (r.agreement() == null) {
            root.putNull("engines");
        } else {
            root.set("engines", AgreementJson.tree(r.agreement()));
        }
        root.put("seconds", seconds(r.seconds()));
        return root;
    }

    private static ObjectNode counts(Report r) {
        ObjectNode c = Json.MAPPER.createObjectNode();
        c.put("configurations", r.sections().size());
        Map<Status, Integer> by = new EnumMap<>(Status.class);
        long predicted = 0;
        long asPredicted = 0;
        long states = 0;
        long transitions = 0;
        for (Section s : r.sections()) {
            for (Verdict v : s.result().verdicts()) {
                by.merge(v.status(), 1, Integer::sum);
            }
            for (Cell cell : s.cells()) {
                if (cell.predicted() != null) {
                    predicted++;
                    asPredicted += cell.predictedRight() ? 1 : 0;
                }
            }
            states += s.result().stats().states();
            transitions += s.result().stats().transitions();
        }
        ObjectNode verdicts = c.putObject("verdicts");
        for (Status st : Status.values()) {
            verdicts.put(st.name(), by.getOrDefault(st, 0));
        }
        c.put("predicted", predicted);
        c.put("foundAsPredicted", asPredicted);
        c.put("states", states);
        c.put("transitions", transitions);
        return c;
    }

    private static ObjectNode section(Section s) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("configuration", s.configuration());
        n.put("subject", s.result().subject());
        n.put("bounds", s.result().bounds());
        n.put("replay", s.replay());
        if (!s.glossary().isEmpty()) {
            ArrayNode glossary = n.putArray("glossary");
            for (Gloss g : s.glossary()) {
                glossary.addObject().put("term", g.term()).put("meaning", g.meaning()).put("origin", g.origin());
            }
        }
        Stats st = s.result().stats();
        ObjectNode stats = n.putObject("stats");
        stats.put("search", st.search());
        stats.put("dedup", st.dedup());
        stats.put("states", st.states());
        stats.put("transitions", st.transitions());
        stats.put("maxDepth", st.maxDepth());
        stats.put("complete", st.complete());
        stats.put("limit", st.limit());
        stats.put("seconds", seconds(st.seconds()));
        ArrayNode verdicts = n.putArray("verdicts");
        for (Verdict v : s.result().verdicts()) {
            Cell cell = s.cell(v.property());
            ObjectNode vn = verdicts.addObject();
            vn.put("property", v.property());
            vn.put("description", v.description());
            vn.put("status", v.status().name());
            if (cell == null || cell.predicted() == null) {
                vn.putNull("predicted");
            } else {
                vn.put("predicted", cell.predicted().name());
            }
            vn.put("why", cell == null ? "" : cell.why());
            if (v.run() == null) {
                vn.putNull("run");
            } else {
                vn.set("run", RunJson.tree(v.run()));
            }
        }
        return n;
    }

    /** Milliseconds are plenty, and fewer digits keep the files short. */
    private static double seconds(double s) {
        return Math.round(s * 1000) / 1000.0;
    }
}
