package dev.sledcheck.explore.terminal;

import dev.sledcheck.checker.Stop;
import dev.sledcheck.explore.Choice;
import dev.sledcheck.explore.Completion;
import dev.sledcheck.explore.Lines;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Lines typed at the process's terminal, read by a JLine line reader. The history lives as long
 * as the session (nothing is written to disk). Ctrl-C drops the line being typed, as in a shell,
 * or stops a running find; Ctrl-D on an empty line ends the input.
 */
public final class TerminalLines implements Lines, AutoCloseable {

    /** Why a find stopped when Ctrl-C was pressed during it. */
    public static final String INTERRUPTED = "interrupted by Ctrl-C";

    private final Terminal terminal;
    private final LineReader reader;

    /** Lines from {@code terminal} (tests give one on streams of their own). */
    TerminalLines(Terminal terminal, Completion completion) {
        this.terminal = terminal;
        // Ctrl-C while a find runs stops that search, which then reports what it saw, undecided,
        // and the prompt comes back. (While a line is read, the line reader takes Ctrl-C itself.)
        terminal.handle(Terminal.Signal.INT, signal -> {
            Stop.request(INTERRUPTED);
            // The terminal has echoed "^C"; what find says next starts on a line of its own.
            terminal.writer().println();
            terminal.flush();
        });
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .completer((r, line, candidates) -> candidates.addAll(
                        candidates(completion.choices(line.words().subList(0, line.wordIndex())))))
                // '!' is plain text here, not a history reference.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        // JLine binds the arrows the terminal sends in keypad mode (ESC O A), which it turns on
        // while reading; keys typed ahead, while a find runs, come in normal mode (ESC [ A) and
        // would otherwise be typed as "[A".
        KeyMap<Binding> main = reader.getKeyMaps().get(LineReader.MAIN);
        String[][] arrows = {{"A", LineReader.UP_LINE_OR_SEARCH}, {"B", LineReader.DOWN_LINE_OR_SEARCH},
            {"C", LineReader.FORWARD_CHAR}, {"D", LineReader.BACKWARD_CHAR}};
        for (String[] a : arrows) {
            main.bind(new Reference(a[1]), "\033[" + a[0]);
            main.bind(new Reference(a[1]), "\033O" + a[0]);
        }
    }

    /** The process's own terminal, with {@code completion} behind Tab. */
    public static TerminalLines open(Completion completion) throws IOException {
        // dumb(true): where no real terminal can be had, a plain one rather than a warning.
        // graphemeCluster(false): no probe of the terminal's abilities. The probe asks the terminal
        // to answer with escape codes and waits a little; an answer that comes later (a busy
        // machine) is read as typed text, and "[?1;2c" appears at the prompt.
        return new TerminalLines(TerminalBuilder.builder().system(true).dumb(true).graphemeCluster(false).build(),
                completion);
    }

    /** JLine's candidates, kept in the order given (JLine sorts by text otherwise, putting 10 before 2). */
    static List<Candidate> candidates(List<Choice> choices) {
        return IntStream.range(0, choices.size()).mapToObj(i -> {
            Choice c = choices.get(i);
            return new Candidate(c.value(), c.value(), c.group(), c.description().isEmpty() ? null : c.description(),
                    null, null, true, i);
        }).toList();
    }

    @Override
    public String read(String prompt) throws IOException {
        // A Ctrl-C that came while no find ran must not stop the next one.
        Stop.clear();
        while (true) {
            try {
                return reader.readLine(prompt);
            } catch (UserInterruptException e) {
                terminal.writer().println("(line dropped; 'quit' or Ctrl-D leaves)");
                terminal.flush();
            } catch (EndOfFileException e) {
                return null;
            }
        }
    }

    @Override
    public int width() {
        return terminal.getWidth();
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }
}
