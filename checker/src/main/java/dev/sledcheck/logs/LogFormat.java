package dev.sledcheck.logs;

/**
 * The shapes of log entry sledcheck reads. Each has a first line no other can have (it begins
 * with {@code [}, {@code {}, a digit, or a month's name), which is what lets {@link LogFile} decide
 * the format line by line instead of guessing once per file.
 */
public enum LogFormat {

    /**
     * {@code [N] <time> <LEVEL> <name> (<component>): <message>} then {@code key = value} lines:
     * buildomat's rendering of a bunyan log, as the #7282 issue quotes it (the seed).
     */
    NUMBERED("[N] rendered", true),

    /**
     * One bunyan JSON object per line ({@code msg}, {@code time}, numeric {@code level}, {@code
     * name}, {@code component}, the key fields as members): what omicron's slog-bunyan writes to
     * disk.
     */
    BUNYAN_JSON("bunyan JSON lines", false),

    /**
     * {@code <time> <LEVEL> <name> (<component>): <message>} then indented {@code key = value}
     * lines: the bunyan log rendered by {@code looker}, as pasted in omicron #6809, #8206, #7918.
     */
    RENDERED("timestamp-first rendered", true),

    /**
     * {@code <Mon> <DD> <time> <LEVEL> <message>, key: value, ...} on one line: slog-term's compact
     * output, as pasted in omicron #2802.
     */
    ONE_LINE("one-line rendered", false);

    private final String label;
    private final boolean fieldLines;

    LogFormat(String label, boolean fieldLines) {
        this.label = label;
        this.fieldLines = fieldLines;
    }

    /** Whether an entry's fields follow its first line as {@code key = value} lines. */
    public boolean takesFieldLines() {
        return fieldLines;
    }

    /** Whether the format gives each entry its number; the others are numbered by their line. */
    public boolean numbered() {
        return this == NUMBERED;
    }

    @Override
    public String toString() {
        return label;
    }
}
