package dev.sledcheck.logs;

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
}
