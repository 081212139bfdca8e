package dev.sledcheck.stress.races;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.stress.omicron.OmicronThreads;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RaceTest {

    @ParameterizedTest
    @EnumSource(Race.class)
    void theStartHasExactlyOneMessageInFlightPerOperation(Race race) {
        List<String> kinds = new ArrayList<>();
        for (Envelope<Msg> e : race.startState().network()) {
            kinds.add(e.msg().getClass().getSimpleName());
        }
        List<String> expected = new ArrayList<>();
        for (Op op : race.ops()) {
            expected.add(op == Op.DRAIN ? "Poke" : op == Op.RETRY ? "PutFailed" : op == Op.PASS ? "Pass" : "BeginStop");
        }
        assertEquals(expected.stream().sorted().toList(), kinds.stream().sorted().toList(), race.title());
        assertTrue(race.startState().store().vmm(new dev.sledcheck.model.omicron.VmmId(1)).toString()
                .equals("v1 Stopping gen 6"), "Nexus stores Stopping 6 at the start");
    }

    @ParameterizedTest
    @EnumSource(Race.class)
    void runningTheOperationsOneAfterTheOtherEndsWhereTheCheckerSays(Race race) {
        CheckerAnswer answer = CheckerAnswer.of(race);
        for (List<Op> order : List.of(race.ops(), List.of(race.ops().get(1), race.ops().get(0)))) {
            OmicronThreads threads = race.threads();
            order.forEach(op -> op.runOn(threads));
            assertTrue(answer.endStates().contains(threads.snapshot()), race.title() + " " + order);
            assertTrue(answer.outcomes().contains(threads.findings().outcome()),
                    race.title() + " " + order + ": " + threads.findings().outcome() + " not in " + answer.outcomes());
        }
    }

    @ParameterizedTest
    @EnumSource(Race.class)
    void everyOutcomeThatBreaksAPropertyIsOneTheCheckerFindsViolated(Race race) {
        CheckerAnswer answer = CheckerAnswer.of(race);
        List<OmicronProperty> violated = answer.sameThreadViolated();
        List<OmicronProperty> seen = new ArrayList<>();
        for (String o : answer.outcomes()) {
            for (OmicronProperty p : OmicronProperty.values()) {
                if (o.matches(".*\\b" + p.name() + "\\b.*") && !seen.contains(p)) {
                    seen.add(p);
                }
            }
        }
        // S2 and S4 can break in runs that end with the same outcome as others; S1v and S3 always show.
        assertTrue(violated.containsAll(seen), race.title() + ": outcomes " + answer.outcomes() + " vs " + violated);
        assertEquals(violated.contains(OmicronProperty.S1v), seen.contains(OmicronProperty.S1v), race.title());
        assertFalse(answer.outcomes().isEmpty());
    }
}
