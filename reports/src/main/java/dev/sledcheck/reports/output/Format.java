package dev.sledcheck.reports.output;

import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.ReportText;
import dev.sledcheck.reports.html.HtmlReport;
import dev.sledcheck.reports.json.ResultJson;
import dev.sledcheck.reports.md.MarkdownReport;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report formats, each with its renderer. */
public enum Format {
    TEXT("text") {
        @Override
        public void render(Report r, Appendable out) throws IOException {
            out.append(ReportText.render(r));
        }
    },
    JSON("json") {
        @Override
        public void render(Report r, Appendable out) throws IOException {
            ResultJson.write(r, out);
        }
    },
    HTML("html") {
        @Override
        public void render(Report r, Appendable out) throws IOException {
            HtmlReport.write(r, out);
        }
    },
    MD("md") {
        @Override
        public void render(Report r, Appendable out) throws IOException {
            MarkdownReport.write(r, out);
        }
    };

    private final String label;

    Format(String label) {
        this.label = label;
    }

    public abstract void render(Report r, Appendable out) throws IOException;

    /** The report as a string in this format. */
    public String render(Report r) {
        StringBuilder sb = new StringBuilder();
        try {
            render(r, sb);
        } catch (IOException e) {
            throw new IllegalStateException("a StringBuilder does not fail", e);
        }
        return sb.toString();
    }

    public String label() {
        return label;
    }

    public static Optional<Format> byLabel(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst();
    }

    public static String labels() {
        return Arrays.stream(values()).map(Format::label).collect(Collectors.joining(", "));
    }
}
