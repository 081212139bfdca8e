package dev.sledcheck.reports.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * Turns a report path into a {@link Destination} by following its symbolic links one at a time,
 * and checks, before any search, that the destination can be written. Failures are
 * {@link IOException}s whose message is the reason alone; {@link ReportFiles} names the target.
 */
final class Destinations {
    private Destinations() {}

    /** As the kernel's own limit on a chain of links (ELOOP). */
    private static final int MAX_LINKS = 40;

    /** The names of this process's standard output and error, however they are reached. */
    private static final Map<Path, Boolean> STD = Map.of(
            Path.of("/dev/stdout"), false, Path.of("/dev/fd/1"), false, Path.of("/proc/self/fd/1"), false,
            Path.of("/dev/stderr"), true, Path.of("/dev/fd/2"), true, Path.of("/proc/self/fd/2"), true);

    static Destination resolve(Path path) throws IOException {
        Path p = path.toAbsolutePath();
        for (int hops = 0; ; hops++) {
            Boolean err = STD.get(p.normalize());
            if (err != null) {
                return new Destination.Std(err);
            }
            if (!Files.isSymbolicLink(p)) {
                return kind(p);
            }
            if (p.normalize().startsWith("/proc") || p.normalize().startsWith("/dev/fd")) {
                // A descriptor's link names a pipe or a deleted file, not a path to follow: open it as it is.
                return new Destination.Through(p);
            }
            if (hops == MAX_LINKS) {
                throw new IOException("too many levels of symbolic links");
            }
            p = p.getParent().resolve(Files.readSymbolicLink(p));
        }
    }

    /** What is at {@code p}, which is no link: nothing yet or a file is replaced, a FIFO or device written through. */
    private static Destination kind(Path p) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return new Destination.Replace(p);
        }
        if (a.isDirectory()) {
            throw new IOException("it is a directory");
        }
        if (a.isRegularFile()) {
            return new Destination.Replace(p);
        }
        int type = mode(p) & 0170000;
        if (type == 0010000 || type == 0020000) {
            return new Destination.Through(p);
        }
        throw new IOException(type == 0060000 ? "it is a block device, not a report file"
                : type == 0140000 ? "it is a socket" : "it is neither a file, a FIFO nor a character device");
    }

    /** st_mode; where the platform does not say, a FIFO or a character device is assumed. */
    private static int mode(Path p) {
        try {
            return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return 0020000;
        }
    }

    /**
     * Checks that {@code d} can be written, without writing it or blocking: a file's directory is
     * created when missing and must take a new file (tried with a probe, which also catches /proc,
     * a read-only mount or a full directory as root); a device must be writable; a file appended
     * to must open for appending.
     */
    static void check(Destination d, boolean append) throws IOException {
        if (d instanceof Destination.Through t) {
            if (!Files.isWritable(t.path())) {
                throw new IOException(t.path() + " is not writable");
            }
        } else if (d instanceof Destination.Replace r) {
            directory(r.file().getParent());
            if (append && Files.exists(r.file())) {
                try (OutputStream o = Files.newOutputStream(r.file(), StandardOpenOption.APPEND)) {
                    // Opened and closed: nothing written, but the open fails where a write would.
                }
            }
        }
    }

    private static void directory(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(e.getFile() + " is not a directory");
        } catch (IOException e) {
            throw new IOException("cannot create directory " + dir + " (" + why(e) + ")");
        }
        Path probe;
        try {
            probe = Files.createTempFile(dir, ".sledcheck-", ".probe");
        } catch (IOException e) {
            throw new IOException("cannot create a file in " + dir + " (" + why(e) + ")");
        }
        Files.delete(probe);
    }

    /** The reason alone: the probe's random name would say nothing to the user. */
    private static String why(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e instanceof NoSuchFileException ? "no such file or directory"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : ReportFiles.reason(e);
    }
}
