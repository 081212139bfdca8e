package dev.sledcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Stats;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bench cell never hides that a run was cut short, and compares a time only with its own baseline. */
class BenchTest {

    @Test
    void anOutcomeNamesWhatBrokeAndWhetherTheRestWasCut() {
        assertEquals("SAFE", Bench.outcome(result(true, Status.SAFE, Status.REACHED)));
        assertEquals("VIOLATED S1v", Bench.outcome(result(true, Status.VIOLATED, Status.REACHED)));
        assertEquals("VIOLATED S1v, rest INCOMPLETE (max-seconds 30.0)",
                Bench.outcome(result(false, Status.VIOLATED, Status.INCOMPLETE)));
        assertEquals("INCOMPLETE (max-seconds 30.0)", Bench.outcome(result(false, Status.INCOMPLETE, Status.INCOMPLETE)));
    }

    @Test
    void theStoreIsNamedFromItsDescription() {
        assertEquals("exact", Bench.store("exact"));
        assertEquals("fingerprint", Bench.store("fingerprints (64-bit; P(a collision hid a state) <= 1e-9), 40.0 bytes/state"));
        assertEquals("exact, then fingerprint", Bench.store("exact up to 100012 states, then fingerprints (64-bit; ...)"));
    }

    @Test
    void eachRowIsTimedAgainstTheNoneRunOfItsOwnKey() {
        List<BenchRun> runs = List.of(
                new BenchRun(List.of("a"), "none", m -> timed(2)), new BenchRun(List.of("a"), "gen", m -> timed(1)),
                new BenchRun(List.of("b"), "gen", m -> timed(1)),
                // a run too quick to time (0 s after rounding) is still its own baseline, and gives others no ratio
                new BenchRun(List.of("b"), "none", m -> timed(0)), new BenchRun(List.of("b"), "por", m -> timed(1)));
        var rows = Bench.run("t", List.of(dev.sledcheck.reports.bench.KeyColumn.text("k")), List.of(), runs, r -> { })
                .rows();
        assertEquals(List.of(1.0, 0.5, Double.NaN, 1.0, Double.NaN), rows.stream().map(r -> r.ratioToNone()).toList());
        assertEquals(List.of("a", "a", "b", "b", "b"), rows.stream().map(r -> r.key().get(0)).toList());
    }

    private static CheckResult timed(double seconds) {
        return new CheckResult("test", "none", new Stats("bfs", "exact", 10, 20, 3, true, "", seconds), List.of());
    }

    private static CheckResult result(boolean complete, Status s1, Status r1) {
        Stats stats = new Stats("bfs", "exact", 10, 20, 3, complete, complete ? "" : "max-seconds 30.0", 1);
        return new CheckResult("test", "none", stats, List.of(
                new Verdict("S1v", "", s1, s1 == Status.VIOLATED ? new Run(List.of()) : null),
                new Verdict("R1", "", r1, null)));
    }
}
