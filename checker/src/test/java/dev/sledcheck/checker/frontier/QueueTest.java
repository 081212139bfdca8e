package dev.sledcheck.checker.frontier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.pack.Packing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueTest {

    record Item(int n, String pad) {}

    private static List<Item> items(int from, int count) {
        List<Item> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            out.add(new Item(i, "x".repeat(i % 300)));
        }
        return out;
    }

    /** Two runs of a level, some states picked from each, read from every starting point. */
    private static void roundTrip(Queue queue, int perRun) {
        Queue.Building level = queue.building();
        List<PackedRun> runs = List.of(level.run(), level.run());
        List<Item> first = items(0, perRun);
        List<Item> second = items(perRun, perRun);
        first.forEach(runs.get(0)::add);
        second.forEach(runs.get(1)::add);
        int[] evens = new int[perRun / 2];
        for (int k = 0; k < evens.length; k++) {
            evens[k] = 2 * k;
        }
        int[] all = new int[perRun];
        for (int k = 0; k < perRun; k++) {
            all[k] = k;
        }
        Frontier<Item> f = level.frontier(runs, List.of(evens, all));
        List<Item> expected = new ArrayList<>();
        for (int k : evens) {
            expected.add(first.get(k));
        }
        expected.addAll(second);
        assertEquals(expected.size(), f.size());
        for (int from : new int[] {0, 1, evens.length - 1, evens.length, expected.size() - 1}) {
            Frontier.Cursor<Item> c = f.cursor(from);
            for (int k = from; k < expected.size(); k++) {
                assertEquals(expected.get(k), c.next(), "state " + k + " read from " + from);
            }
        }
        f.release();
    }

    @Test
    void packedStatesComeBackInOrderFromEveryStartingPoint(@TempDir Path dir) throws IOException {
        Queue q = Queue.packed(Packing.reflective(), Long.MAX_VALUE, dir, 0);
        roundTrip(q, 5000);
        assertEquals(0, q.spilled());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing was written to disk");
        }
    }

    @Test
    void overItsBudgetAQueueSpillsBlocksToDiskReadsThemBackAndDeletesTheFile(@TempDir Path dir) throws IOException {
        Queue q = Queue.packed(Packing.reflective(), 1, dir, 0);
        // 2 x 20000 items of about 150 bytes: several 1 MiB blocks, each spilled once full.
        roundTrip(q, 20000);
        assertTrue(q.spilled() >= 2 * PackedRun.BLOCK, "blocks went to disk: " + q.spilled());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "the level's file is deleted when it is released");
        }
    }
}
