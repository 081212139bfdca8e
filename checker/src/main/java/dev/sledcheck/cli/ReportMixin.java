package dev.sledcheck.cli;

import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.output.ReportFiles;
import dev.sledcheck.reports.output.ReportTargetException;
import dev.sledcheck.reports.output.Target;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code --report FORMAT=PATH}, shared by {@code check}, {@code matrix} and {@code render}. */
final class ReportMixin {

    @Option(names = "--report", paramLabel = "FORMAT=PATH", converter = TargetConverter.class,
            description = {"Also write the report as text, json, html or md to PATH (repeatable); each file is"
                    + " written whole or not at all (a link is followed, the file it leads to replaced); a FIFO,"
                    + " a device or /dev/stdout is written through. Every PATH is checked before the search."
                    + " A bare 'md' appends to $GITHUB_STEP_SUMMARY."})
    List<Target> targets = new ArrayList<>();

    /** The command this mixin is part of; its root is {@link Main}, which holds the environment. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private Map<String, String> env() {
        return mixee.root().userObject() instanceof Main m ? m.env : System.getenv();
    }

    /**
     * Fails before any work when a target cannot be written (a directory that cannot take a file, a
     * device that cannot be written, an unusable $GITHUB_STEP_SUMMARY), so a bad target never
     * costs a search nor hides its verdict's exit code.
     */
    void preflight() {
        try {
            ReportFiles.preflight(targets, env());
        } catch (ReportTargetException e) {
            throw new Main.BadInput(e.getMessage());
        }
    }

    /** Writes every target, naming each on {@code err} (stdout stays the text report). */
    void write(Report r, PrintWriter err) {
        Map<String, String> env = env();
        for (Target t : targets) {
            try {
                long bytes = ReportFiles.write(r, t, env);
                err.println("sledcheck: wrote " + t.describe() + " (" + bytes + " bytes)");
            } catch (ReportTargetException e) {
                throw new Main.BadInput(e.getMessage());
            }
        }
        err.flush();
    }

    static final class TargetConverter implements ITypeConverter<Target> {
        @Override
        public Target convert(String value) {
            try {
                return Target.parse(value);
            } catch (ReportTargetException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
