package dev.sledcheck.reports.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sledcheck.model.run.Cell;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Stats;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import dev.sledcheck.reports.Gloss;
import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.Section;
import dev.sledcheck.reports.Setting;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A {@code sledcheck-result} document back into a {@link Report}: the inverse of {@link
 * ResultJson}, so {@code render --from} re-renders exactly what the checker found. Derived fields
 * ({@code counts}, a run's {@code length} and {@code schedule}) are recomputed, not trusted.
 */
final class ResultReader {
    private final Fields f;
    private final String file;
    private final RunReader runs;

    ResultReader(String file) {
        this.file = file;
        this.f = new Fields(file);
        this.runs = new RunReader(f);
    }

    Report read(JsonNode root) {
        List<Setting> options = new ArrayList<>();
        JsonNode opts = f.object(root, "", "options");
        for (Iterator<Map.Entry<String, JsonNode>> it = opts.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw f.bad("/options/" + e.getKey(), "expected a string");
            }
            options.add(new Setting(e.getKey(), e.getValue().textValue()));
        }
        List<Section> sections = f.list(root, "", "configurations", this::section);
        JsonNode engines = root.get("engines");
        Report r = new Report(f.text(root, "", "command"), f.text(root, "", "title"), options,
                f.strings(root, "", "reductions"), f.strings(root, "", "properties"), sections, null,
                f.number(root, "", "seconds"));
        if (engines != null && !engines.isNull()) {
            r = r.withAgreement(new AgreementReader(file).read(engines, "/engines"));
        }
        return r;
    }

    private Section section(JsonNode n, String p) {
        JsonNode sn = f.object(n, p, "stats");
        String sp = p + "/stats";
        Stats stats = new Stats(f.text(sn, sp, "search"), f.text(sn, sp, "dedup"), f.integer(sn, sp, "states"),
                f.integer(sn, sp, "transitions"), (int) f.integer(sn, sp, "maxDepth"), f.bool(sn, sp, "complete"),
                f.text(sn, sp, "limit"), f.number(sn, sp, "seconds"));
        List<Verdict> verdicts = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        f.list(n, p, "verdicts", (vn, vp) -> {
            Status status = f.enumValue(Status.class, vn, vp, "status");
            String property = f.text(vn, vp, "property");
            JsonNode run = f.need(vn, vp, "run");
            verdicts.add(new Verdict(property, f.text(vn, vp, "description"), status,
                    run.isNull() ? null : runs.read(run, vp + "/run")));
            String predicted = f.optionalText(vn, vp, "predicted");
            Status expected;
            try {
                expected = predicted == null ? null : Status.valueOf(predicted);
            } catch (IllegalArgumentException e) {
                throw f.bad(vp + "/predicted", "unknown value '" + predicted + "'");
            }
            cells.add(new Cell(property, status, expected, f.text(vn, vp, "why")));
            return null;
        });
        CheckResult result = new CheckResult(f.text(n, p, "subject"), f.text(n, p, "bounds"), stats, verdicts);
        List<Gloss> glossary = f.optionalList(n, p, "glossary", (gn, gp) -> new Gloss(f.text(gn, gp, "term"),
                f.text(gn, gp, "meaning"), f.text(gn, gp, "origin")), List.of());
        return new Section(f.text(n, p, "configuration"), f.text(n, p, "replay"), result, cells, glossary);
    }
}
