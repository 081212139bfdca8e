package dev.sledcheck.explore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Lines from a reader: a pipe, a script, a test. No escape codes and no width of its own, so the
 * transcript depends only on the input and the settings.
 */
public final class PipedLines implements Lines {

    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean echo;

    /**
     * @param echo print each line after the prompt, so that a transcript reads like a session
     *             (when nobody's terminal has echoed it already)
     */
    public PipedLines(BufferedReader in, PrintWriter out, boolean echo) {
        this.in = in;
        this.out = out;
        this.echo = echo;
    }

    @Override
    public String read(String prompt) throws IOException {
        out.print(prompt);
        out.flush();
        String line = in.readLine();
        if (line != null && echo) {
            out.println(line);
        }
        return line;
    }

    @Override
    public int width() {
        return 0;
    }
}
