package dev.sledcheck.gate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Long checks, run only with {@code mvn -B -ntp verify -Pslow} (which sets the system property
 * {@value #PROPERTY}): each is a case of a test whose other cases run in every build, so the gate
 * keeps every behaviour and {@code -Pslow} adds the sizes that take long. A skipped case shows in
 * the build's "Skipped" count with the reason.
 */
public final class Slow {
    /** Set to {@code true} by {@code -Pslow} (surefire passes it to the tests' JVM). */
    public static final String PROPERTY = "sledcheck.slow";

    private Slow() {}

    /** Whether this run includes the long checks. */
    public static boolean included() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Skips the calling test unless this run includes the long checks; {@code what} names it. */
    public static void onlyWithProfile(String what) {
        assumeTrue(included(), () -> what + ": a long check, run by mvn -B -ntp verify -Pslow");
    }
}
