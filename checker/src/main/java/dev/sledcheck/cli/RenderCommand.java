package dev.sledcheck.cli;

import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.ReportText;
import dev.sledcheck.reports.Section;
import dev.sledcheck.reports.engines.Agreement;
import dev.sledcheck.reports.engines.AgreementRow;
import dev.sledcheck.reports.json.BadReportFile;
import dev.sledcheck.reports.json.Document;
import dev.sledcheck.reports.json.Documents;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sledcheck render}: re-render saved results without rerunning anything. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {
            "Re-render saved JSON results without rerunning them, as jcstress re-renders its results.",
            "Reads the checker's results (check or matrix --report json=PATH) and, optionally, the stress"
                + " module's agreement of engines (stress/target/agreement.json, which mvn verify writes),"
                + " shown side by side. Several results are shown one after the other. Without --report,"
                + " prints the text report.",
            ""},
        footer = {"", "Example:",
            "  sledcheck matrix --report json=target/matrix.json",
            "  sledcheck render --from target/matrix.json --report html=target/report.html",
            "Exit: 0 rendered; 2 bad input (an unreadable or malformed file, a bad --report)."})
final class RenderCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Saved JSON: checker results (kind sledcheck-result) and at most one agreement"
                    + " (kind sledcheck-agreement).")
    List<Path> from;

    @Mixin
    ReportMixin reports;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        reports.preflight();
        List<Report> results = new ArrayList<>();
        Agreement agreement = null;
        for (Path p : from) {
            Document d;
            InputFiles.checkSize(p);
            try {
                d = Documents.read(p);
            } catch (BadReportFile e) {
                throw new Main.BadInput(e.getMessage());
            }
            if (d instanceof Document.Result result) {
                results.add(result.report());
            } else if (d instanceof Document.Engines engines) {
                if (agreement != null) {
                    throw new Main.BadInput("more than one agreement among --from (" + agreement.source() + ", " + p + ")");
                }
                agreement = engines.agreement();
            } else {
                throw new IllegalStateException("unknown document " + d);
            }
        }
        Report r = merge(results, agreement);
        if (reports.targets.isEmpty()) {
            spec.commandLine().getOut().print(ReportText.render(r));
            spec.commandLine().getOut().flush();
        } else {
            reports.write(r, spec.commandLine().getErr());
        }
        return ExitCode.OK.code();
    }

    /**
     * One report: a single result as it was (plus the agreement), several one after another. An
     * agreement given on its own, or beside a result that already holds one, wins.
     */
    private static Report merge(List<Report> results, Agreement agreement) {
        if (results.size() == 1) {
            Report only = results.get(0);
            return agreement == null ? only : only.withAgreement(agreement);
        }
        List<Section> sections = new ArrayList<>();
        Set<String> properties = new LinkedHashSet<>();
        List<String> titles = new ArrayList<>();
        double seconds = 0;
        Agreement held = null;
        for (Report r : results) {
            sections.addAll(r.sections());
            properties.addAll(r.properties());
            titles.add(r.title());
            seconds += r.seconds();
            held = held == null ? r.agreement() : held;
        }
        if (results.isEmpty()) {
            for (AgreementRow row : agreement.rows()) {
                properties.add(row.property());
            }
        }
        Agreement a = agreement != null ? agreement : held;
        String title = titles.isEmpty() ? "engines (" + a.source() + ")" : String.join(" + ", titles);
        List<dev.sledcheck.reports.Setting> options = results.isEmpty() ? List.of() : results.get(0).options();
        List<String> reductions = results.isEmpty() ? List.of() : results.get(0).reductions();
        return new Report("render", title, options, reductions, new ArrayList<>(properties), sections, a, seconds);
    }
}
