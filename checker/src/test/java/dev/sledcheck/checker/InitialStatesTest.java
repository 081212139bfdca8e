package dev.sledcheck.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sledcheck.examples.ManyStarts;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Status;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** A model with several initial states: each run says which one it leaves from, and replays from there. */
class InitialStatesTest {

    @ParameterizedTest
    // Not swarm: it proves nothing and its runs are not the searches' own (SwarmTest covers it).
    @EnumSource(value = Strategy.class, names = "SWARM", mode = EnumSource.Mode.EXCLUDE)
    void aCounterexampleFromTheThirdInitialStateSaysSoAndReplays(Strategy strategy) {
        ManyStarts model = new ManyStarts(0, 10, 20);
        for (List<String> reductions : List.of(List.<String>of(), List.of("same"))) {
            CheckResult r = Checker.of(model).options(SearchOptions.defaults().withStrategy(strategy))
                    .reductions(Reductions.named(model, reductions)).run();

            Run run = r.verdict("AtMost20").run();
            assertEquals(Status.VIOLATED, r.verdict("AtMost20").status(), reductions.toString());
            assertEquals(2, run.initial(), reductions.toString());
            assertEquals("init=2;inc", run.schedule(), reductions.toString());
            assertEquals(List.of("AtMost20"), Replay.replay(model, run.schedule()).broken());
        }
    }

    @ParameterizedTest
    // Not swarm: it proves nothing and its runs are not the searches' own (SwarmTest covers it).
    @EnumSource(value = Strategy.class, names = "SWARM", mode = EnumSource.Mode.EXCLUDE)
    void anInitialStateThatBreaksAPropertyIsNamedByItsIndex(Strategy strategy) {
        ManyStarts model = new ManyStarts(0, 5);
        CheckResult r = Checker.of(model).options(SearchOptions.defaults().withStrategy(strategy))
                .reductions(Reductions.named(model, List.of("same"))).run();

        Run run = r.verdict("NotFive").run();
        assertEquals(0, run.length());
        assertEquals("init=1", run.schedule());
        assertEquals(List.of("NotFive"), Replay.replay(model, run.schedule()).broken());
    }

    @Test
    void theFirstInitialStateNeedsNoToken() {
        ManyStarts model = new ManyStarts(0, 10);
        ReplayResult<Integer> plain = Replay.replay(model, "inc;inc");
        assertEquals(0, plain.run().initial());
        assertEquals("inc;inc", plain.run().schedule());
        assertEquals(12, Replay.replay(model, " init=1 ; inc;inc").finalState());
    }

    @Test
    void anInitialStateTheModelLacksIsABadSchedule() {
        ManyStarts model = new ManyStarts(0, 10, 20);
        assertEquals("init=3: the model has 3 initial states (init=0 to init=2)",
                assertThrows(ScheduleException.class, () -> Replay.replay(model, "init=3;inc")).getMessage());
        assertEquals("\"init=x\" must name an initial state by its index, as init=0",
                assertThrows(ScheduleException.class, () -> Replay.replay(model, "init=x")).getMessage());
    }
}
