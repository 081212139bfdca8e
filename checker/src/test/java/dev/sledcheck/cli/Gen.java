package dev.sledcheck.cli;

import java.util.List;
import java.util.Random;

/**
 * A seeded source of inputs for the command line's property tests: picks, junk text (control
 * characters, other scripts, the syntax characters of schedules and logs, sometimes a huge run)
 * and small edits of a valid text. One seed, one sequence: a failure names its seed and try.
 */
final class Gen {
    /** Characters that mean something to some parser here, and some that mean trouble to a terminal. */
    private static final String ALPHABET = "abcxyzSLR0123456789;:,()#/.=-_ {}[]\"'\\\t\n\r\u0000\u0007\u001b\u00e9\u200b\u4e2d\ud83d\ude00";

    final Random random;

    Gen(long seed) {
        random = new Random(seed);
    }

    /** The seed of a property's tries: fixed, so CI is repeatable; -Dsledcheck.props.seed=N explores others. */
    static long seed() {
        return Long.getLong("sledcheck.props.seed", 7282L);
    }

    static int tries(int usual) {
        return Integer.getInteger("sledcheck.props.tries", usual);
    }

    int below(int n) {
        return random.nextInt(n);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** Junk of up to {@code max} characters; one time in twenty, a run of many thousands. */
    String junk(int max) {
        if (chance(5)) {
            return String.valueOf(ALPHABET.charAt(below(ALPHABET.length()))).repeat(20_000 + below(50_000));
        }
        StringBuilder sb = new StringBuilder();
        int n = below(max + 1);
        while (sb.length() < n) {
            int i = below(ALPHABET.length());
            // Keep surrogate pairs whole.
            if (Character.isHighSurrogate(ALPHABET.charAt(i))) {
                sb.append(ALPHABET, i, i + 2);
            } else if (!Character.isLowSurrogate(ALPHABET.charAt(i))) {
                sb.append(ALPHABET.charAt(i));
            }
        }
        return sb.toString();
    }

    /** {@code s} with one to three small edits: a deletion, an insertion, a repetition or a cut. */
    String edit(String s) {
        String out = s;
        for (int k = 1 + below(3); k > 0; k--) {
            int at = out.isEmpty() ? 0 : below(out.length());
            int len = Math.min(out.length() - at, 1 + below(8));
            switch (below(4)) {
                case 0 -> out = out.substring(0, at) + out.substring(at + len);
                case 1 -> out = out.substring(0, at) + junk(6) + out.substring(at);
                case 2 -> out = out.substring(0, at + len) + out.substring(at);
                default -> out = out.substring(0, at);
            }
        }
        return out;
    }
}
