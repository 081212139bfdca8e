package dev.sledcheck.checker;

import dev.sledcheck.checker.frontier.Frontier;
import dev.sledcheck.checker.frontier.PackedRun;
import dev.sledcheck.checker.frontier.Queue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The level a breadth-first level leads to: its chunks' winners, in claim order (which is the
 * order of their new ids), as objects or as the packed runs they were listed in.
 */
final class NextLevel {
    private NextLevel() {}

    /** The winners (as objects, or picked from packed runs) and what they cost as packed bytes. */
    record Winners<S>(List<S> objects, List<PackedRun> runs, List<int[]> picked, long admitted, long bytes) {

        /** The winners as the next level to expand (built only if the search goes on). */
        Frontier<S> frontier(Queue.Building building) {
            return objects != null ? Frontier.of(objects) : building.frontier(runs, picked);
        }
    }

    /**
     * Gathers the winners whose claim is at most {@code lastAdmitted}, adding their claims to
     * {@code claims} (so their ids follow on); packed when {@code building} is not null.
     */
    @SuppressWarnings("unchecked")
    static <S> Winners<S> gather(List<Chunk> chunks, long lastAdmitted, Claims claims, Queue.Building building) {
        long winners = 0;
        for (Chunk c : chunks) {
            winners += c.winners;
        }
        List<S> objects = building != null ? null : new ArrayList<>((int) Math.min(winners, Integer.MAX_VALUE - 8));
        List<PackedRun> runs = new ArrayList<>();
        List<int[]> picked = new ArrayList<>();
        long bytes = 0;
        long admitted = 0;
        for (Chunk c : chunks) {
            int[] take = new int[c.winners];
            int n = 0;
            for (int k = 0; k < c.size; k++) {
                if (c.won[k] && c.claims[k] <= lastAdmitted) {
                    if (objects != null) {
                        objects.add((S) c.states[k]);
                    } else {
                        take[n++] = k;
                        bytes += c.run.length(k) + PackedRun.INDEX_BYTES;
                    }
                    claims.add(c.claims[k]);
                    admitted++;
                }
            }
            if (c.run != null) {
                runs.add(c.run);
                picked.add(Arrays.copyOf(take, n));
            }
        }
        return new Winners<>(objects, runs, picked, admitted, bytes);
    }
}
