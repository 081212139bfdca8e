package dev.sledcheck.reports.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EchoTest {

    @Test
    void controlCharactersAreEscaped() {
        assertEquals("'a\\tb\\nc\\rd\\u001b[2Je\\\\f\\u200b'", Echo.quote("a\tb\nc\rd\u001b[2Je\\f\u200b"));
    }

    @Test
    void longValuesAreCutToEightyCharacters() {
        String q = Echo.quote("x".repeat(200));
        assertEquals("'" + "x".repeat(77) + "...'", q);
        assertEquals("'" + "x".repeat(80) + "'", Echo.quote("x".repeat(80)));
        // An escape is never cut in half.
        String esc = Echo.quote("x".repeat(75) + "\u0007" + "y".repeat(10));
        assertTrue(esc.endsWith("x...'"), esc);
    }

    @Test
    void aWholeMessageIsOneLineWithLongWordsCut() {
        // Backslashes already escaped by quote() stay as they are; raw control characters do not.
        assertEquals("step 1: \\u001b 'a\\nb' \\u001b[2J\\n", Echo.line("step 1: \\u001b 'a\\nb' \u001b[2J\n"));
        String huge = "bad token \"" + "y".repeat(1_000_000) + "\" here; enabled: a, b";
        assertEquals("bad token \"" + "y".repeat(79) + "... here; enabled: a, b", Echo.line(huge));
        // A value quote() cut keeps its quotes and the punctuation after it.
        String quoted = "unknown variant " + Echo.quote("v".repeat(500)) + "; valid: a";
        assertEquals(quoted, Echo.line(quoted));
        String spaced = "x ".repeat(1_000_000);
        assertEquals(Echo.LONG_LINE, Echo.line(spaced).length());
        assertTrue(Echo.line(spaced).endsWith("..."));
    }
}
