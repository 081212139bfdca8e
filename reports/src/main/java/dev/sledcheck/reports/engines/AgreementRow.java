package dev.sledcheck.reports.engines;

import java.util.List;

/**
 * Three engines on one question about one configuration.
 *
 * @param question    what the stress test asks, e.g. "the last poke races one watcher pass" ("" if unnamed)
 * @param property    the property the question is about (S1v, S1i, S2, S3 or S4)
 * @param checker     the checker's verdict under the runtime's narrowing ({@code --delivery same-thread})
 * @param checkerFull the checker's verdict on the full model, or {@code null} when not given
 * @param lincheck    Lincheck's verdict ({@code VIOLATED}, {@code NOT_FOUND}, ...), or {@code null} when not run
 * @param jcstress    jcstress's outcomes with their counts; empty when jcstress did not run it
 * @param note        why they agree or not ("not seen in 10^6 samples", "outside the runtime's reach")
 */
public record AgreementRow(String configuration, String question, String property, String checker,
        String checkerFull, String lincheck, List<JcstressOutcome> jcstress, boolean agrees, String note) {
    public AgreementRow {
        jcstress = List.copyOf(jcstress);
    }

    public long samples() {
        return jcstress.stream().mapToLong(JcstressOutcome::count).sum();
    }
}
