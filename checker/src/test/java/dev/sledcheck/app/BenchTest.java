package dev.sledcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Stats;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bench cell never hides that a run was cut short. */
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

    private static CheckResult result(boolean complete, Status s1, Status r1) {
        Stats stats = new Stats("bfs", "exact", 10, 20, 3, complete, complete ? "" : "max-seconds 30.0", 1);
        return new CheckResult("test", "none", stats, List.of(
                new Verdict("S1v", "", s1, s1 == Status.VIOLATED ? new Run(List.of()) : null),
                new Verdict("R1", "", r1, null)));
    }
}
