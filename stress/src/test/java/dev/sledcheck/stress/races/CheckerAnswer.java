package dev.sledcheck.stress.races;

import dev.sledcheck.app.Delivery;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import dev.sledcheck.stress.omicron.Findings;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the checker says about a race: S1v-S4 under same-thread delivery (the runtime's freedom) and
 * under the full network, from the same start; and, same-thread, every outcome a run can end in
 * (as jcstress's arbiter names it) and every state it can end in. Computed once per JVM.
 *
 * @param outcomes the reachable outcomes, sorted, e.g. {@code Failed/7, S1v S1i S3 S4}
 */
public record CheckerAnswer(Race race, CheckResult sameThread, CheckResult full, List<String> outcomes,
                            Set<SystemState<Msg, Db>> endStates, double seconds) {

    private static final SearchOptions JUDGED = SearchOptions.defaults()
            .withOnly(Findings.JUDGED.stream().map(Enum::name).collect(Collectors.toSet()));
    private static final Map<Race, CheckerAnswer> CACHE = new EnumMap<>(Race.class);

    public static synchronized CheckerAnswer of(Race race) {
        return CACHE.computeIfAbsent(race, CheckerAnswer::compute);
    }

    private static CheckerAnswer compute(Race race) {
        long t0 = System.nanoTime();
        CheckResult same = race.question(Delivery.SAME_THREAD).check(JUDGED);
        CheckResult full = race.question(Delivery.ANY).check(JUDGED);
        Outcomes.Reachable reach = Outcomes.explore(race);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new CheckerAnswer(race, same, full, reach.outcomes(), reach.endStates(), seconds);
    }

    /** The properties among S1v-S4 that {@code r} finds VIOLATED, in order. */
    public static List<OmicronProperty> violated(CheckResult r) {
        List<OmicronProperty> out = new ArrayList<>();
        for (Verdict v : r.verdicts()) {
            if (v.status() == Status.INCOMPLETE) {
                throw new IllegalStateException(r.subject() + ": " + v.property() + " undecided");
            }
            if (v.status() == Status.VIOLATED) {
                out.add(OmicronProperty.valueOf(v.property()));
            }
        }
        return out;
    }

    public List<OmicronProperty> sameThreadViolated() {
        return violated(sameThread);
    }

    public List<OmicronProperty> fullViolated() {
        return violated(full);
    }

    /** VIOLATED if any of S1v-S4 is, else SAFE. */
    public static String verdict(List<OmicronProperty> violated) {
        return violated.isEmpty() ? "SAFE" : "VIOLATED";
    }

    /** The shortest same-thread counterexample of {@code p}, as a schedule from the start. */
    public String counterexample(OmicronProperty p) {
        Verdict v = sameThread.verdict(p.name());
        return v.run() == null ? "" : v.run().schedule();
    }
}
