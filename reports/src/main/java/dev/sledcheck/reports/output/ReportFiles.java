package dev.sledcheck.reports.output;

import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.engines.Agreement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes reports to their targets. A file is written whole or not at all: the report goes to a
 * temporary file in the target's directory, which is then moved over the target in one atomic
 * step (so a reader never sees half a report, and a failed run leaves the old one). A symbolic
 * link is followed and the file it leads to replaced, the link kept; a FIFO, a character device
 * ({@code /dev/null}) or {@code /dev/stdout} is written through, never replaced ({@link
 * Destination}). The job summary is appended to in a single write, as GitHub expects several
 * steps to add to it. Missing parent directories are created.
 */
public final class ReportFiles {
    private ReportFiles() {}

    /**
     * Checks, before any work, that every target can be written: distinct files, directories that
     * are (or can become) directories and take a new file, writable devices, and {@code
     * $GITHUB_STEP_SUMMARY} set and writable where a bare {@code md} needs it.
     */
    public static void preflight(List<Target> targets, Map<String, String> env) {
        Set<Path> files = new HashSet<>();
        for (Target t : targets) {
            Destination d = destination(t, env);
            if (d instanceof Destination.Replace r && !files.add(r.file().normalize())) {
                Path given = where(t, env);
                throw new ReportTargetException("two reports would go to the same file " + given
                        + (r.file().equals(given.toAbsolutePath()) ? "" : " (by links: " + r.file() + ")"));
            }
            try {
                Destinations.check(d, t.stepSummary());
            } catch (IOException e) {
                throw failure(t, env, e);
            }
        }
    }

    /** Renders {@code r} for each target and writes it; returns the bytes written per target. */
    public static long[] writeAll(Report r, List<Target> targets, Map<String, String> env) {
        long[] sizes = new long[targets.size()];
        for (int i = 0; i < targets.size(); i++) {
            sizes[i] = write(r, targets.get(i), env);
        }
        return sizes;
    }

    public static long write(Report r, Target t, Map<String, String> env) {
        return write(t, t.format().render(linksFrom(r, where(t, env))), env);
    }

    /**
     * Writes {@code text}, already rendered in the target's format, as reports are written: the
     * whole file or nothing, through to a device, or appended to the job summary. Returns the bytes
     * written.
     */
    public static long write(Target t, String text, Map<String, String> env) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Destination d = destination(t, env);
        try {
            if (t.stepSummary()) {
                Destination.append(d, bytes);
            } else {
                Destination.write(d, bytes);
            }
        } catch (IOException e) {
            throw failure(t, env, e);
        }
        return bytes.length;
    }

    /** The path as given: the target's, or the job summary's. */
    private static Path where(Target t, Map<String, String> env) {
        return t.stepSummary() ? stepSummary(env) : t.path();
    }

    private static Destination destination(Target t, Map<String, String> env) {
        try {
            return Destinations.resolve(where(t, env));
        } catch (IOException e) {
            throw failure(t, env, e);
        }
    }

    private static ReportTargetException failure(Target t, Map<String, String> env, IOException e) {
        if (t.stepSummary()) {
            return new ReportTargetException("cannot append to $" + Target.STEP_SUMMARY + " (" + stepSummary(env)
                    + "): " + reason(e));
        }
        return new ReportTargetException("cannot write " + t.describe() + ": " + reason(e));
    }

    private static Path stepSummary(Map<String, String> env) {
        String p = env.get(Target.STEP_SUMMARY);
        if (p == null || p.isBlank()) {
            throw new ReportTargetException("--report md without a path appends to $" + Target.STEP_SUMMARY
                    + ", which is not set here; give md=PATH");
        }
        try {
            return Path.of(p);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ReportTargetException("$" + Target.STEP_SUMMARY + " is no path: " + e.getReason());
        }
    }

    /** The jcstress link made relative to where the report goes, so the pair can move together. */
    private static Report linksFrom(Report r, Path where) {
        Agreement a = r.agreement();
        if (a == null || a.jcstressReport() == null) {
            return r;
        }
        Path base = where.toAbsolutePath().getParent();
        Path link = Path.of(a.jcstressReport()).toAbsolutePath().normalize();
        String rel = base.relativize(link).toString().replace('\\', '/');
        return r.withAgreement(a.withJcstressReport(rel));
    }

    /** An I/O failure's message on one line (for a file: its path and the reason). */
    static String reason(IOException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").trim();
    }
}
