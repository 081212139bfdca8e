package dev.sledcheck.cli;

import java.util.List;
import java.util.Optional;

/** The valid name nearest a mistyped one, for "did you mean ...?": edit distance, or a unique prefix. */
final class Nearest {
    private Nearest() {}

    /**
     * The name in {@code valid} closest to {@code typed} (leading dashes ignored on both), if it is
     * close enough to be a typo: at most a third of its letters off (at least 2), or {@code typed}
     * the start of exactly one name.
     */
    static Optional<String> to(String typed, List<String> valid) {
        String t = bare(typed);
        if (t.isEmpty() || t.length() > 64) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String v : valid) {
            int d = distance(t, bare(v));
            if (d < bestDistance) {
                best = v;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= Math.max(2, bare(best).length() / 3)) {
            return Optional.of(best);
        }
        List<String> prefixed = valid.stream().filter(v -> t.length() >= 3 && bare(v).startsWith(t)).toList();
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    private static String bare(String s) {
        int eq = s.indexOf('=');
        return (eq < 0 ? s : s.substring(0, eq)).replaceFirst("^-+", "");
    }

    /** Levenshtein distance, one row at a time. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int swap = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + swap);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
