package dev.sledcheck.stress.jcstress;

import dev.sledcheck.stress.omicron.Findings;
import dev.sledcheck.stress.omicron.OmicronThreads;
import org.openjdk.jcstress.infra.results.LL_Result;

/**
 * The one arbiter every test shares, run after both jcstress threads end: r1 the terminal VMM
 * writes that landed, in order ({@code Failed/7 Destroyed/8}, or {@code none}); r2 the properties
 * Nexus's history breaks ({@code S1v S1i S3 S4}, or {@code ok}). jcstress prints it as
 * {@code Failed/7, S1v S1i S3 S4}: the outcome ids below are the checker's reachable outcomes.
 */
final class Arbiters {
    private Arbiters() {}

    static void judge(OmicronThreads threads, LL_Result r) {
        Findings f = threads.findings();
        r.r1 = f.landed();
        r.r2 = f.brokenText();
    }
}
