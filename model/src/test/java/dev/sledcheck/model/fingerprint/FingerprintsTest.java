package dev.sledcheck.model.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

    enum Colour { RED, GREEN }

    record Pair(Colour colour, int n, List<String> tags, boolean flag, long big) {}

    @Test
    void aRecordWithAnEnumHasTheSameFingerprintInEveryRun() {
        // Pinned: an identity hash (which Enum.hashCode is) would make this differ between JVM runs.
        // The encoding includes the classes' names, so the value changed once, when this test moved
        // from model.core to model.fingerprint.
        Pair p = new Pair(Colour.GREEN, 7, List.of("a", "bc"), true, 1L << 40);
        assertEquals(0xe1884abee32cf23aL, Fingerprints.of(p), Long.toHexString(Fingerprints.of(p)));
    }

    @Test
    void equalValuesGetEqualFingerprints() {
        Pair a = new Pair(Colour.RED, 1, List.of("x"), false, 2);
        Pair b = new Pair(Colour.RED, 1, new ArrayList<>(List.of("x")), false, 2);
        assertEquals(Fingerprints.of(a), Fingerprints.of(b));
        assertEquals(Fingerprints.of(Set.of(1, 2, 3)), Fingerprints.of(new TreeSet<>(List.of(3, 2, 1))));
        assertEquals(Fingerprints.of(new HashSet<>(List.of("p", "q"))),
                Fingerprints.of(new LinkedHashSet<>(List.of("q", "p"))));
        assertEquals(Fingerprints.of(Map.of("k", 1, "j", 2)), Fingerprints.of(new TreeMap<>(Map.of("j", 2, "k", 1))));
    }

    @Test
    void nearbyValuesGetDifferentFingerprints() {
        Pair a = new Pair(Colour.RED, 1, List.of("x"), false, 2);
        assertNotEquals(Fingerprints.of(a), Fingerprints.of(new Pair(Colour.GREEN, 1, List.of("x"), false, 2)));
        assertNotEquals(Fingerprints.of(a), Fingerprints.of(new Pair(Colour.RED, 2, List.of("x"), false, 2)));
        assertNotEquals(Fingerprints.of(a), Fingerprints.of(new Pair(Colour.RED, 1, List.of("x"), true, 2)));
        assertNotEquals(Fingerprints.of(List.of(1, 2)), Fingerprints.of(List.of(2, 1)));
        assertNotEquals(Fingerprints.of(List.of(List.of(), 1)), Fingerprints.of(List.of(List.of(1))));
        assertNotEquals(Fingerprints.of(1, "x"), Fingerprints.of(2, "x"));
    }

    @Test
    void valuesWithoutACanonicalEncodingAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fingerprints.of(new Object()));
        assertEquals(true, e.getMessage().contains("override Model.fingerprint"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fingerprints.of(new Object[] {1}));
    }
}
