package dev.sledcheck.reports;

import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Matrix;
import dev.sledcheck.model.run.MatrixRow;
import dev.sledcheck.model.run.Stats;
import dev.sledcheck.reports.engines.Agreement;
import java.util.List;

/**
 * Everything one report shows, as plain data that every renderer reads: what ran ({@code command},
 * {@code options}, {@code reductions}), a {@link Section} per configuration, and optionally the
 * other engines' verdicts ({@code agreement}, {@code null} when absent). {@code seconds} and each
 * result's {@code stats().seconds()} are the only fields that differ between identical runs.
 *
 * @param command    the command that produced it: {@code check}, {@code matrix} or {@code render}
 * @param reductions the state-space reductions the search used; empty means none
 * @param properties the property columns, in order
 */
public record Report(String command, String title, List<Setting> options, List<String> reductions,
        List<String> properties, List<Section> sections, Agreement agreement, double seconds) {

    public Report {
        // Rounded here, once, so a report rendered now and one re-rendered from its JSON (which
        // keeps milliseconds) print the very same time.
        seconds = Math.round(seconds * 1000) / 1000.0;
        options = List.copyOf(options);
        reductions = List.copyOf(reductions);
        properties = List.copyOf(properties);
        sections = List.copyOf(sections);
    }

    /** The sections as a matrix, for the table renderers. */
    public Matrix matrix() {
        return new Matrix(title, properties, sections.stream()
                .map(s -> new MatrixRow(s.configuration(), s.result(), s.cells())).toList());
    }

    public Report withAgreement(Agreement a) {
        return new Report(command, title, options, reductions, properties, sections, a, seconds);
    }

    /** The same report with every timing field zero: what golden files and byte comparisons hold. */
    public Report withoutTiming() {
        List<Section> untimed = sections.stream().map(s -> {
            CheckResult r = s.result();
            Stats st = r.stats();
            Stats zero = new Stats(st.search(), st.dedup(), st.states(), st.transitions(), st.maxDepth(),
                    st.complete(), st.limit(), 0);
            return new Section(s.configuration(), s.replay(),
                    new CheckResult(r.subject(), r.bounds(), zero, r.verdicts()), s.cells(), s.glossary());
        }).toList();
        return new Report(command, title, options, reductions, properties, untimed, agreement, 0);
    }

    /** Every section's glosses, each term once (its first explanation), in the order of the sections. */
    public List<Gloss> glossary() {
        java.util.Map<String, Gloss> byTerm = new java.util.LinkedHashMap<>();
        for (Section s : sections) {
            s.glossary().forEach(g -> byTerm.putIfAbsent(g.term(), g));
        }
        return List.copyOf(byTerm.values());
    }

    /** A report is one check when it holds exactly one configuration and came from {@code check}. */
    public boolean single() {
        return sections.size() == 1 && command.equals("check");
    }
}
