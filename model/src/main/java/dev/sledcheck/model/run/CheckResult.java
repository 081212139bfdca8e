package dev.sledcheck.model.run;

import java.util.List;

/**
 * The outcome of checking one configuration: what was checked ({@code subject}), the bounds every
 * SAFE verdict holds within, the search statistics and a verdict per property.
 */
public record CheckResult(String subject, String bounds, Stats stats, List<Verdict> verdicts) {
    public CheckResult {
        verdicts = List.copyOf(verdicts);
    }

    public boolean anyViolated() {
        return verdicts.stream().anyMatch(v -> v.status() == Status.VIOLATED);
    }

    public boolean anyIncomplete() {
        return verdicts.stream().anyMatch(v -> v.status() == Status.INCOMPLETE);
    }

    public Verdict verdict(String property) {
        return verdicts.stream().filter(v -> v.property().equals(property)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no verdict for " + property));
    }
}
