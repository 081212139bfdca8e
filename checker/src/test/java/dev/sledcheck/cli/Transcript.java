package dev.sledcheck.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One {@code $ ./sledcheck ARGS} line of a Markdown code block and the output lines shown under it.
 *
 * @param launcher how the README starts sledcheck ({@code ./sledcheck})
 * @param args     the arguments, split as a POSIX shell splits them (quotes, backslashes)
 * @param expected the output lines shown, blank ones and lone {@code ...} left out
 */
record Transcript(String launcher, List<String> args, List<String> expected) {

    /** The README's transcripts: {@code $ ./sledcheck ARGS}. */
    static List<Transcript> parse(String markdown) {
        return parse(markdown, "./sledcheck");
    }

    /** The transcripts whose command starts with {@code launcher} ({@code $ LAUNCHER ARGS}). */
    static List<Transcript> parse(String markdown, String launcher) {
        String prompt = "$ " + launcher + " ";
        List<Transcript> all = new ArrayList<>();
        boolean inBlock = false;
        Transcript open = null;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                open = null;
            } else if (inBlock && line.startsWith(prompt)) {
                open = new Transcript(launcher, words(line.substring(prompt.length())), new ArrayList<>());
                all.add(open);
            } else if (inBlock && line.startsWith("$ ")) {
                open = null; // another program's command: not checked here
            } else if (inBlock && open != null && !line.isBlank() && !line.strip().equals("...")) {
                open.expected().add(line);
            }
        }
        return all;
    }

    /** Fails unless {@code printed} has every line this transcript shows, in order ({@code where}: the document). */
    void assertShownIn(String printed, String where) {
        List<String> lines = printed.lines().toList();
        int at = 0;
        for (String shown : expected) {
            Pattern line = pattern(shown);
            while (at < lines.size() && !line.matcher(lines.get(at)).matches()) {
                at++;
            }
            if (at == lines.size()) {
                throw new AssertionError(where + " shows\n  " + shown + "\nbut '" + this + "' printed (in order):\n"
                        + printed);
            }
            at++;
        }
        if (expected.isEmpty()) {
            throw new AssertionError(where + ": a transcript must show some output: " + this);
        }
    }

    /** A shown line as a pattern: literal text, {@code ...} any text, trailing blanks optional. */
    static Pattern pattern(String shown) {
        StringBuilder regex = new StringBuilder();
        String[] parts = shown.stripTrailing().split(Pattern.quote("..."), -1);
        for (int i = 0; i < parts.length; i++) {
            regex.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex + "\\s*");
    }

    /** {@code s} split into words as sh does for quotes and backslashes (no variables, no globs). */
    static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder w = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                int end = s.indexOf('\'', i + 1);
                w = w == null ? new StringBuilder() : w;
                w.append(s, i + 1, end);
                i = end;
            } else if (c == '"') {
                int end = s.indexOf('"', i + 1);
                w = w == null ? new StringBuilder() : w;
                w.append(s, i + 1, end);
                i = end;
            } else if (c == '\\' && i + 1 < s.length()) {
                w = w == null ? new StringBuilder() : w;
                w.append(s.charAt(++i));
            } else if (Character.isWhitespace(c)) {
                if (w != null) {
                    words.add(w.toString());
                    w = null;
                }
            } else if (c == '#' && w == null) {
                break; // a comment
            } else {
                w = w == null ? new StringBuilder() : w;
                w.append(c);
            }
        }
        if (w != null) {
            words.add(w.toString());
        }
        return words;
    }

    @Override
    public String toString() {
        return launcher + " " + String.join(" ", args);
    }
}
