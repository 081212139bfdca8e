package dev.sledcheck.model.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.fingerprint.Fingerprints;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PackingTest {

    enum Colour { RED, GREEN }

    record Leaf(int n, long big, boolean flag, Colour colour, String name) {}

    record Tree(List<Leaf> leaves, Leaf first, Map<String, Integer> counts, Set<Colour> seen, Object any) {}

    private static Object roundTrip(Packing p, Object v) {
        Bytes.Out out = new Bytes.Out(8);
        p.write(v, out);
        Bytes.In in = new Bytes.In(out.array(), 0);
        Object back = p.read(in);
        assertEquals(out.size(), in.position(), "read exactly what was written");
        return back;
    }

    @Test
    void recordsEnumsCollectionsAndBoxesComeBackEqualWithTheirFingerprint() {
        Packing p = Packing.reflective();
        Leaf a = new Leaf(-3, Long.MIN_VALUE, true, Colour.GREEN, "ünïcode");
        Leaf b = new Leaf(300, 1L << 40, false, null, "");
        Tree t = new Tree(List.of(a, b), null, Map.of("x", 1, "y", -2), Set.of(Colour.RED), 'c');
        for (Object v : List.of(a, b, t, 7, -1L, (short) 5, (byte) -7, "s", List.of(), Colour.RED,
                new Tree(Arrays.asList(a, null), a, Map.of(), Set.of(), List.of(1, 2L))) ) {
            Object back = roundTrip(p, v);
            assertEquals(v, back);
            assertEquals(Fingerprints.of(v), Fingerprints.of(back));
        }
        assertArrayEquals(new int[] {1, -2, 1 << 30}, (int[]) roundTrip(p, new int[] {1, -2, 1 << 30}));
    }

    @Test
    void smallValuesTakeFewBytes() {
        Bytes.Out out = new Bytes.Out(8);
        Packing.reflective().write(new Leaf(1, 2, true, Colour.RED, "ab"), out);
        // class tag, then five tagged components: int 2, long 2, boolean 1, enum 2, string 4.
        assertEquals(1 + 2 + 2 + 1 + 2 + 4, out.size());
    }

    @Test
    void aClassOfAnotherKindIsRefusedByName() {
        Packing p = Packing.reflective();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> p.write(new ArrayList<>(List.of(new AtomicInteger(1))), new Bytes.Out(8)));
        assertTrue(e.getMessage().contains("java.util.concurrent.atomic.AtomicInteger"), e.getMessage());
        assertTrue(p.refusal(List.of(List.of(new StringBuilder("x")))).contains("java.lang.StringBuilder"));
        assertNull(p.refusal(List.of(new Leaf(1, 2, true, Colour.RED, "ab"))));
    }

    @Test
    void aRegisteredPackerTakesItsClass() {
        Packer<StringBuilder> sb = new Packer<>() {
            @Override
            public void write(StringBuilder v, Packing packing, Bytes.Out out) {
                packing.write(v.toString(), out);
            }

            @Override
            public StringBuilder read(Packing packing, Bytes.In in) {
                return new StringBuilder((String) packing.read(in));
            }
        };
        Packing p = Packing.reflective().with(StringBuilder.class, sb);
        assertEquals("abc", roundTrip(p, new StringBuilder("abc")).toString());
    }

    @Test
    void varintsCoverTheWholeRange() {
        Bytes.Out out = new Bytes.Out(1);
        long[] values = {0, 1, 127, 128, -1, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 35};
        for (long v : values) {
            out.sint(v);
            out.uint(v);
        }
        Bytes.In in = new Bytes.In(out.array(), 0);
        for (long v : values) {
            assertEquals(v, in.sint());
            assertEquals(v, in.uint());
        }
    }
}
