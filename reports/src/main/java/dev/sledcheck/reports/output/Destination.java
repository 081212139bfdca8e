package dev.sledcheck.reports.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * What a report path turns out to be once its symbolic links are followed ({@link Destinations}),
 * and so how it is written. Only a file is replaced: a device or a pipe replaced by a regular file
 * would break whoever else uses it (as root, {@code /dev/null} for every program), and a temporary
 * file beside {@code /dev/stdout} needs a writable {@code /dev}.
 */
sealed interface Destination {

    /** A regular file, or none yet: written to a temporary file beside it, then moved over it at once. */
    record Replace(Path file) implements Destination {}

    /** A FIFO, a character device or a descriptor in /proc: opened and written, nothing replaced. */
    record Through(Path path) implements Destination {}

    /** This process's standard output or error, written where it already points, at its offset. */
    record Std(boolean err) implements Destination {
        PrintStream stream() {
            return err ? System.err : System.out;
        }
    }

    /** Replaces a file whole, or writes through; the link that led here, if any, stays. */
    static void write(Destination d, byte[] bytes) throws IOException {
        // Java 17: no pattern switch yet.
        if (d instanceof Replace r) {
            replace(r.file(), bytes);
        } else if (d instanceof Through t) {
            through(t.path(), bytes);
        } else {
            std((Std) d, bytes);
        }
    }

    /** Appends (the job summary): a file is created if missing, anything else written through. */
    static void append(Destination d, byte[] bytes) throws IOException {
        if (d instanceof Replace r) {
            Files.write(r.file(), bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } else if (d instanceof Through t) {
            through(t.path(), bytes);
        } else {
            std((Std) d, bytes);
        }
    }

    private static void replace(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, bytes);
            // A temporary file is private (0600); a report is for everyone to read, like any file we write.
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            // Gone after the move; after a failure it is ours and hidden, and leaving it the lesser harm.
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Never created nor truncated: a FIFO or a device has nothing to truncate, and a file behind a
     * descriptor link (/dev/fd/3 opened with {@code >>}) is added to, as the shell's own writes are.
     */
    private static void through(Path path, byte[] bytes) throws IOException {
        try (OutputStream o = Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            o.write(bytes);
        }
    }

    private static void std(Std s, byte[] bytes) throws IOException {
        PrintStream p = s.stream();
        p.flush();
        p.write(bytes, 0, bytes.length);
        p.flush();
        if (p.checkError()) {
            throw new IOException("standard " + (s.err() ? "error" : "output") + " is closed or failed");
        }
    }
}
