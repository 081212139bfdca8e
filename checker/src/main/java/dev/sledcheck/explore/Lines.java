package dev.sledcheck.explore;

import java.io.IOException;

/**
 * Where the explorer's commands come from: a pipe ({@link PipedLines}) or a person at a terminal
 * (the {@code terminal} package, with line editing, history and completion).
 */
public interface Lines {

    /** The next line, read after showing {@code prompt}; {@code null} at the end of input. */
    String read(String prompt) throws IOException;

    /** The screen's width in columns now (it may change between lines), or 0 where there is no screen. */
    int width();
}
