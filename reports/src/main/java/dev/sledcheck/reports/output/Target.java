package dev.sledcheck.reports.output;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where one report goes: a format and a file, or ({@code path == null}, only for {@code md}) the
 * GitHub Actions job summary, {@code $GITHUB_STEP_SUMMARY}.
 */
public record Target(Format format, Path path) {

    /** The environment variable GitHub Actions sets to the job summary file. */
    public static final String STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

    /**
     * Parses {@code FORMAT=PATH}; a bare {@code md} means the job summary.
     *
     * @throws ReportTargetException naming the valid formats, or what is missing
     */
    public static Target parse(String spec) {
        int eq = spec.indexOf('=');
        String name = eq < 0 ? spec : spec.substring(0, eq);
        Format f = Format.byLabel(name).orElseThrow(() -> new ReportTargetException(
                "unknown report format " + Echo.quote(name) + " in " + Echo.quote(spec) + "; valid: " + Format.labels()));
        if (eq < 0) {
            if (f == Format.MD) {
                return new Target(f, null);
            }
            throw new ReportTargetException("--report " + name + " needs a path: " + name + "=PATH");
        }
        String p = spec.substring(eq + 1);
        if (p.isEmpty()) {
            throw new ReportTargetException("--report " + name + "= needs a path after '='");
        }
        try {
            return new Target(f, Path.of(p));
        } catch (InvalidPathException e) {
            throw new ReportTargetException("bad report path " + Echo.quote(p) + ": " + e.getReason());
        }
    }

    public boolean stepSummary() {
        return path == null;
    }

    /** How the target is named in messages: {@code html=out/report.html}. */
    public String describe() {
        return format.label() + (path == null ? " ($" + STEP_SUMMARY + ")" : "=" + path);
    }
}
