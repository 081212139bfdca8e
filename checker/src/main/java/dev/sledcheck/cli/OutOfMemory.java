package dev.sledcheck.cli;

import dev.sledcheck.checker.ByteSize;
import java.io.PrintWriter;

/**
 * The last word of a run whose heap ran out despite the memory budget (a single allocation larger
 * than what was left, say, or a budget turned off with {@code --max-memory 0}): one line and exit
 * 4, never a stack trace and never 1, which CI would read as a property broken.
 */
final class OutOfMemory {

    /**
     * Held from the start and let go when the heap runs out, so that the line below can be built
     * and printed even if the error struck where nothing else becomes garbage.
     */
    private static volatile byte[] reserve = new byte[1 << 20];

    private OutOfMemory() {}

    /** Prints the line on {@code err} and returns the exit code. */
    static int report(PrintWriter err) {
        reserve = null;
        err.println("sledcheck: out of memory (the heap's maximum is " + ByteSize.of(Runtime.getRuntime().maxMemory())
                + "); the run is INCOMPLETE; raise -Xmx or lower the bounds");
        err.flush();
        return ExitCode.OUT_OF_MEMORY.code();
    }

    /** For threads other than the command's: an out-of-memory error there ends the process the same way. */
    static void onEveryThread(PrintWriter err) {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError) {
                Runtime.getRuntime().halt(report(err));
            } else if (previous != null) {
                previous.uncaughtException(thread, e);
            } else {
                e.printStackTrace();
            }
        });
    }
}
