package dev.sledcheck.cli;

import dev.sledcheck.checker.ByteSize;
import dev.sledcheck.reports.output.Echo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The files sledcheck reads (render's JSON, validate-log's log, picocli's {@code @file} of
 * arguments) are read whole, and a parsed copy is several times their size: a file larger than
 * {@link #MAX_BYTES} is refused before it is read, in one line (exit 2), rather than filling the
 * heap. The largest real input, matrix's JSON, is under 1 MiB.
 */
final class InputFiles {

    static final long MAX_BYTES = 64L << 20;

    private InputFiles() {}

    /** Refuses {@code file} if it is larger than the limit; what cannot be sized is left to its reader. */
    static void checkSize(Path file) {
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                return;
            }
            size = Files.size(file);
        } catch (IOException | SecurityException e) {
            return;
        }
        if (size > MAX_BYTES) {
            throw new Main.BadInput(tooLarge(file, ByteSize.of(size)));
        }
    }

    /** Every {@code @file} among the arguments that picocli would expand. */
    static void checkAtFiles(List<String> args) {
        for (String a : args) {
            if (a.startsWith("@") && a.length() > 1 && !a.startsWith("@@")) {
                checkSize(Path.of(a.substring(1)));
            }
        }
    }

    /**
     * The file as UTF-8 text, read through a stream that stops past the limit, so that a file that
     * cannot be sized beforehand (a pipe, a device) is bounded too.
     *
     * @throws IOException if it cannot be read
     * @throws CharacterCodingException if it is not UTF-8
     */
    static String readText(Path file) throws IOException {
        checkSize(file);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new Main.BadInput(tooLarge(file, "more than " + ByteSize.of(MAX_BYTES)));
        }
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static String tooLarge(Path file, String size) {
        return Echo.escape(file.toString()) + " is " + size + "; sledcheck reads input files of at most "
                + ByteSize.of(MAX_BYTES);
    }
}
