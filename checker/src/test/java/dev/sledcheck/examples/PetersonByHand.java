package dev.sledcheck.examples;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Peterson's algorithm encoded a second time, to check the model's counts against: a state is one
 * int (two program counters, two flags, turn), each process's program is a table from label to
 * what it does, and a plain breadth-first search counts states, transitions, depth, deadlocked
 * states and states with both processes in the critical section. It shares no code with {@link
 * Peterson}, only the algorithm.
 */
final class PetersonByHand {

    record Counts(long states, long transitions, int depth, long deadlocks, long bothCritical) {}

    // Program counters, as the labels of Cousineau et al.'s PlusCal algorithm.
    private static final int A0 = 0;
    private static final int A1 = 1;
    private static final int A2 = 2;
    private static final int A3A = 3;
    private static final int A3B = 4;
    private static final int A3 = 5;
    private static final int CS = 6;
    private static final int A4 = 7;
    private static final int NONE = -1;

    private PetersonByHand() {}

    private static int pc(int s, int p) {
        return s >> (4 * p) & 0xF;
    }

    private static boolean flag(int s, int p) {
        return (s >> (8 + p) & 1) == 1;
    }

    private static int turn(int s) {
        return s >> 10 & 1;
    }

    private static int state(int pc0, int pc1, boolean f0, boolean f1, int turn) {
        return pc0 | pc1 << 4 | (f0 ? 1 : 0) << 8 | (f1 ? 1 : 0) << 9 | turn << 10;
    }

    /** The state after process {@code p} runs the statement at its label, or NONE if it must wait. */
    private static int step(String variant, int s, int p) {
        int q = 1 - p;
        int[] pcs = {pc(s, 0), pc(s, 1)};
        boolean[] flags = {flag(s, 0), flag(s, 1)};
        int turn = turn(s);
        boolean lockOne = variant.equals("LOCK_ONE");
        switch (pcs[p]) {
            case A0 -> pcs[p] = A1;
            case A1 -> {
                flags[p] = true;
                pcs[p] = lockOne ? A3 : A2;
            }
            case A2 -> {
                turn = q;
                pcs[p] = variant.equals("SPLIT_READS") ? A3A : A3;
            }
            case A3A -> pcs[p] = flags[q] ? A3B : CS;
            case A3B -> pcs[p] = turn == q ? A3A : CS;
            case A3 -> {
                boolean pass = !flags[q] || !lockOne && turn == p;
                if (!pass) {
                    return NONE;
                }
                pcs[p] = CS;
            }
            case CS -> pcs[p] = A4;
            case A4 -> {
                flags[p] = false;
                pcs[p] = A0;
            }
            default -> throw new IllegalStateException("no label " + pcs[p]);
        }
        return state(pcs[0], pcs[1], flags[0], flags[1], turn);
    }

    static Counts explore(String variant) {
        int start = state(A0, A0, false, false, 0);
        Map<Integer, Integer> depth = new HashMap<>(Map.of(start, 0));
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        long transitions = 0;
        long deadlocks = 0;
        long bothCritical = 0;
        int deepest = 0;
        while (!queue.isEmpty()) {
            int s = queue.poll();
            int d = depth.get(s);
            deepest = Math.max(deepest, d);
            bothCritical += pc(s, 0) == CS && pc(s, 1) == CS ? 1 : 0;
            int moves = 0;
            for (int p = 0; p < 2; p++) {
                int n = step(variant, s, p);
                if (n == NONE) {
                    continue;
                }
                moves++;
                if (depth.putIfAbsent(n, d + 1) == null) {
                    queue.add(n);
                }
            }
            transitions += moves;
            deadlocks += moves == 0 ? 1 : 0;
        }
        return new Counts(depth.size(), transitions, deepest, deadlocks, bothCritical);
    }
}
