package dev.sledcheck.model.omicron.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sledcheck.model.omicron.VmmId;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The agents' tables with several VMMs (scale; the seed's table never holds more than one at a time). */
class TableTest {

    private static final Function<VmmId, VmmId> ID = v -> v;

    private static List<VmmId> ids(int... ns) {
        return java.util.Arrays.stream(ns).mapToObj(VmmId::new).toList();
    }

    @Test
    void putInsertsInIdOrderOrReplaces() {
        assertEquals(ids(1, 2, 3), Table.put(ids(1, 3), ID, new VmmId(2)));
        assertEquals(ids(1, 3), Table.put(ids(1, 3), ID, new VmmId(1)));
        assertEquals(ids(1, 3), Table.put(ids(1, 3), ID, new VmmId(3)));
        assertEquals(ids(1, 3, 4), Table.put(ids(1, 3), ID, new VmmId(4)));
        assertEquals(ids(0, 1, 3), Table.put(ids(1, 3), ID, new VmmId(0)));
    }

    @Test
    void removeKeepsTheOthers() {
        assertEquals(ids(1, 3), Table.remove(ids(1, 2, 3), ID, new VmmId(2)));
        assertEquals(ids(1, 2, 3), Table.remove(ids(1, 2, 3), ID, new VmmId(4)));
    }

    @Test
    void findLooksAtEveryEntry() {
        assertEquals(new VmmId(3), Table.find(ids(1, 2, 3), ID, new VmmId(3)));
        assertNull(Table.find(ids(1, 2, 3), ID, new VmmId(4)));
    }
}
