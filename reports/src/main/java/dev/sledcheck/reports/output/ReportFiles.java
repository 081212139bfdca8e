package dev.sledcheck.reports.output;

import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.engines.Agreement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes reports to their targets. A file is written whole or not at all: the report goes to a
 * temporary file in the target's directory, which is then moved over the target in one atomic
 * step (so a reader never sees half a report, and a failed run leaves the old one). The job
 * summary is appended to in a single write, as GitHub expects several steps to add to it.
 * Missing parent directories are created.
 */
public final class ReportFiles {
    private ReportFiles() {}

    /**
     * Checks, before any work, that every target can be written: distinct files, parents that are
     * (or can become) directories, and {@code $GITHUB_STEP_SUMMARY} set where a bare {@code md} needs it.
     */
    public static void preflight(List<Target> targets, Map<String, String> env) {
        Set<Path> seen = new HashSet<>();
        for (Target t : targets) {
            Path file = t.stepSummary() ? stepSummary(env) : t.path();
            if (!seen.add(file.toAbsolutePath().normalize())) {
                throw new ReportTargetException("two reports would go to the same file " + file);
            }
            if (!t.stepSummary()) {
                directory(t);
                if (Files.isDirectory(t.path())) {
                    throw new ReportTargetException("cannot write " + t.describe() + ": it is a directory");
                }
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
        Path where = t.stepSummary() ? stepSummary(env) : t.path();
        return write(t, t.format().render(linksFrom(r, where)), env);
    }

    /**
     * Writes {@code text}, already rendered in the target's format, as reports are written: the
     * whole file or nothing, or appended to the job summary. Returns the bytes written.
     */
    public static long write(Target t, String text, Map<String, String> env) {
        Path where = t.stepSummary() ? stepSummary(env) : t.path();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (t.stepSummary()) {
            try {
                Files.write(where, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new ReportTargetException("cannot append to $" + Target.STEP_SUMMARY + " (" + where + "): "
                        + reason(e));
            }
        } else {
            atomicWrite(t, bytes);
        }
        return bytes.length;
    }

    private static void atomicWrite(Target t, byte[] bytes) {
        Path dir = directory(t);
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + t.path().getFileName() + ".", ".tmp");
            Files.write(tmp, bytes);
            readableByAll(tmp);
            try {
                Files.move(tmp, t.path(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, t.path(), StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new ReportTargetException("cannot write " + t.describe() + ": " + reason(e));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The temporary file is ours and hidden; leaving it is the lesser harm.
                }
            }
        }
    }

    /** A temporary file is private (0600); a report is for everyone to read, like any file we write. */
    private static void readableByAll(Path p) throws IOException {
        if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** The target's directory, created when missing. */
    private static Path directory(Target t) {
        Path parent = t.path().toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (FileAlreadyExistsException e) {
            throw new ReportTargetException("cannot write " + t.describe() + ": " + e.getFile() + " is not a directory");
        } catch (IOException e) {
            throw new ReportTargetException("cannot write " + t.describe() + ": " + reason(e));
        }
        if (!Files.isWritable(parent)) {
            throw new ReportTargetException("cannot write " + t.describe() + ": directory " + parent + " is not writable");
        }
        return parent;
    }

    private static Path stepSummary(Map<String, String> env) {
        String p = env.get(Target.STEP_SUMMARY);
        if (p == null || p.isBlank()) {
            throw new ReportTargetException("--report md without a path appends to $" + Target.STEP_SUMMARY
                    + ", which is not set here; give md=PATH");
        }
        return Path.of(p);
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

    private static String reason(IOException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").trim();
    }
}
