package dev.sledcheck.reports;

/** Counts with their noun, for every format: {@code 1 step}, {@code 17 steps}, {@code 1 property}. */
public final class Plural {
    private Plural() {}

    /** {@code n} and {@code noun}, with an s unless {@code n} is 1. */
    public static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }

    public static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
