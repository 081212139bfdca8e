package dev.sledcheck.reports.engines;

import java.util.List;

/**
 * The stress module's agreement file: one row per (configuration, question).
 *
 * @param source         the file it was read from, as given on the command line
 * @param jcstressReport the path of jcstress's own HTML report, or {@code null} when there is none
 */
public record Agreement(String source, String jcstressReport, List<AgreementRow> rows) {
    public Agreement {
        rows = List.copyOf(rows);
    }

    public Agreement withJcstressReport(String path) {
        return new Agreement(source, path, rows);
    }

    public List<AgreementRow> rowsOf(String configuration) {
        return rows.stream().filter(r -> r.configuration().equals(configuration)).toList();
    }

    public boolean allAgree() {
        return rows.stream().allMatch(AgreementRow::agrees);
    }
}
