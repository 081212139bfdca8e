package dev.sledcheck.reports.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.run.Cell;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Stats;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Step;
import dev.sledcheck.model.run.Verdict;
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

    ResultReader(String file) {
        this.file = file;
        this.f = new Fields(file);
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
                    run.isNull() ? null : run(run, vp + "/run")));
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
        return new Section(f.text(n, p, "configuration"), f.text(n, p, "replay"), result, cells);
    }

    private Run run(JsonNode n, String p) {
        if (!n.isObject()) {
            throw f.bad(p, "expected an object or null");
        }
        List<Step> steps = f.list(n, p, "steps", (sn, sp) -> new Step((int) f.integer(sn, sp, "number"),
                f.text(sn, sp, "actor"), f.text(sn, sp, "from"), f.text(sn, sp, "token"), f.text(sn, sp, "text"),
                f.strings(sn, sp, "breaks"), (int) f.integer(sn, sp, "enabledBy"),
                facets(f.object(sn, sp, "after"), sp + "/after")));
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.number() != i + 1) {
                throw f.bad(p + "/steps/" + i + "/number", "expected " + (i + 1) + ", got " + s.number());
            }
            if (s.enabledBy() < 0 || s.enabledBy() >= s.number()) {
                throw f.bad(p + "/steps/" + i + "/enabledBy", "must name an earlier step or 0, got " + s.enabledBy());
            }
        }
        // Files written before runs named their initial state start from the first.
        long initial = n.has("initial") ? f.integer(n, p, "initial") : 0;
        if (initial < 0 || initial > Integer.MAX_VALUE) {
            throw f.bad(p + "/initial", "expected an index >= 0, got " + initial);
        }
        // Files written before runs kept their initial state's facets have none.
        List<Facet> start = n.has("start") ? facets(f.object(n, p, "start"), p + "/start") : List.of();
        return new Run((int) initial, start, steps);
    }

    private List<Facet> facets(JsonNode object, String p) {
        List<Facet> facets = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw f.bad(p + "/" + e.getKey(), "expected a string");
            }
            facets.add(new Facet(e.getKey(), e.getValue().textValue()));
        }
        return facets;
    }
}
