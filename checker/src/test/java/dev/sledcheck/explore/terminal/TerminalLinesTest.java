package dev.sledcheck.explore.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.explore.Choice;
import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

/**
 * The line reader on a terminal made of streams (an xterm, 80x24): the bytes a terminal sends
 * for keys go in, lines come out. The tmux test does the same on a real terminal; this one needs
 * none and pins the key bindings down byte by byte.
 */
class TerminalLinesTest {

    static final String UP_NORMAL = "\033[A";
    static final String UP_KEYPAD = "\033OA";

    static TerminalLines lines(String typed, ByteArrayOutputStream screen) throws Exception {
        Terminal t = TerminalBuilder.builder().system(false).type("xterm").size(new Size(80, 24))
                .streams(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen).build();
        return new TerminalLines(t, before -> List.of());
    }

    @Test
    void upRecallsTheLineBeforeInEitherCursorModeAndCtrlDEndsTheInput() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        // A line, then Up in keypad mode (what the terminal sends while the reader reads), then Up in
        // normal mode (keys typed ahead, while a find ran), then Ctrl-D on an empty line.
        try (TerminalLines l = lines("2 1 1 2\r" + UP_KEYPAD + "\r" + UP_NORMAL + "\r\004", screen)) {
            assertEquals("2 1 1 2", l.read("explore> "));
            assertEquals("2 1 1 2", l.read("explore> "));
            assertEquals("2 1 1 2", l.read("explore> "));
            assertNull(l.read("explore> "));
            assertEquals(80, l.width());
        }
    }

    @Test
    void choicesKeepTheirOrderGroupAndDescription() {
        List<Candidate> c = TerminalLines.candidates(List.of(new Choice("2", "FillBig", "enabled steps"),
                new Choice("10", "EmptyBig", "enabled steps"), new Choice("back", "", "or a command")));
        assertEquals(List.of("2", "10", "back"), c.stream().map(Candidate::value).toList());
        assertTrue(c.get(0).sort() < c.get(1).sort(), "10 would sort before 2 as text");
        assertEquals("FillBig", c.get(0).descr());
        assertNull(c.get(2).descr(), "no empty parentheses beside a command");
        assertEquals("or a command", c.get(2).group());
    }
}
