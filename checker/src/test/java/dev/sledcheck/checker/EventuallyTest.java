package dev.sledcheck.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code eventually} on small models with known answers. From 0 a walk goes to 1 or to 3; 1 goes
 * to 2 (an end); 3 goes to 4 (an end). "Eventually 2" fails along 0, 3, 4 (two steps); "eventually
 * 1 or 3" holds on every run. A cycle 3 -> 3 added by {@code loop} makes runs that never end, which
 * finite-run semantics does not judge: it changes no verdict.
 */
class EventuallyTest {

    record Walk(boolean loop) implements Model<Integer, Integer> {
        @Override
        public List<Integer> initialStates() {
            return List.of(0);
        }

        @Override
        public void actions(Integer s, List<Integer> into) {
            switch (s) {
                case 0 -> into.addAll(List.of(1, 3));
                case 1 -> into.add(2);
                case 3 -> {
                    into.add(4);
                    if (loop) {
                        into.add(3);
                    }
                }
                default -> { }
            }
        }

        @Override
        public Integer next(Integer s, Integer a) {
            return a;
        }

        @Override
        public List<Property<Integer, Integer>> properties() {
            return List.of(
                    Property.always("Small", "below 5", s -> s < 5),
                    Property.eventually("ReachesTwo", "every finished walk passes 2", s -> s == 2),
                    Property.eventually("LeavesZero", "every finished walk passes 1 or 3", s -> s == 1 || s == 3));
        }
    }

    @ParameterizedTest
    // Not swarm: it proves nothing and its runs are not the searches' own (SwarmTest covers it).
    @EnumSource(value = Strategy.class, names = "SWARM", mode = EnumSource.Mode.EXCLUDE)
    void eventuallyFailsAlongARunToAnEndThatNeverPassedIt(Strategy strategy) {
        for (boolean loop : new boolean[] {false, true}) {
            CheckResult r = Checker.of(new Walk(loop)).options(SearchOptions.defaults().withStrategy(strategy)).run();
            assertEquals(List.of("Small", "ReachesTwo", "LeavesZero"), r.verdicts().stream().map(Verdict::property).toList());
            Verdict two = r.verdicts().get(1);
            assertEquals(Status.VIOLATED, two.status());
            assertEquals("3;4", two.run().schedule());
            assertTrue(Replay.replay(new Walk(loop), two.run().schedule()).broken().contains("ReachesTwo"));
            assertEquals(Status.SAFE, r.verdicts().get(2).status());
            assertEquals(Status.SAFE, r.verdicts().get(0).status());
            assertEquals(5, r.stats().states(), "the whole model was searched once for the other properties");
        }
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void aReplayThatPassedItBreaksNothing(Strategy strategy) {
        assertTrue(Replay.replay(new Walk(false), "1;2").broken().isEmpty());
        assertEquals(List.of("ReachesTwo"), Replay.replay(new Walk(false), "3;4").broken());
    }
}
