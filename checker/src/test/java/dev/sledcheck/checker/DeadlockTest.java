package dev.sledcheck.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sledcheck.examples.Graph;
import dev.sledcheck.model.core.ForwardingModel;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import dev.sledcheck.provider.Subject;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Every model the commands run is checked for deadlock: a state without a step that the model does
 * not call terminal breaks NoDeadlock, with the shortest run to it; a model may opt out.
 */
class DeadlockTest {

    /** 0 leads to 1 and 2; 1 is a proper end, 2 a dead end; 3 is unreachable. */
    private static final Graph GRAPH = new Graph(List.of(0), Map.of(0, List.of(1, 2), 3, List.of(3)),
            List.of(Property.always("Small", "nodes stay below 10", n -> n < 10)));

    private static Model<Integer, Integer> ending(Predicate<Integer> terminal) {
        return new ForwardingModel<>(GRAPH) {
            @Override
            public Predicate<Integer> terminal() {
                return terminal;
            }
        };
    }

    private static CheckResult checked(Model<Integer, Integer> model) {
        Subject<Integer, Integer> s = Subject.of(model, "graph", "", List.of());
        return Checker.of(s.model()).run();
    }

    @Test
    void aDeadEndTheModelDoesNotCallTerminalIsADeadlock() {
        CheckResult r = checked(ending(n -> n == 1));
        assertEquals(List.of("Small", Property.NO_DEADLOCK), r.verdicts().stream().map(Verdict::property).toList());
        Verdict v = r.verdict(Property.NO_DEADLOCK);
        assertEquals(Status.VIOLATED, v.status());
        assertEquals("to2", v.run().schedule(), "the shortest run to the dead end");
    }

    @Test
    void byDefaultEveryEndIsADeadlockAndTerminalEndsAreNot() {
        assertEquals(Status.VIOLATED, checked(GRAPH).verdict(Property.NO_DEADLOCK).status());
        assertEquals(Status.SAFE, checked(ending(n -> n == 1 || n == 2)).verdict(Property.NO_DEADLOCK).status());
    }

    @Test
    void aModelThatJudgesItsOwnEndsGetsNoDeadlockCheck() {
        Model<Integer, Integer> none = ending(null);
        assertSame(none, Deadlock.judged(none));
        assertEquals(List.of("Small"), checked(none).verdicts().stream().map(Verdict::property).toList());
    }

    @Test
    void aModelWithItsOwnNoDeadlockKeepsIt() {
        Graph own = new Graph(List.of(0), Map.of(0, List.of(1)),
                List.of(Property.atEnd(Property.NO_DEADLOCK, "mine", n -> true)));
        assertSame(own, Deadlock.judged(own));
        Model<Integer, Integer> once = Deadlock.judged(GRAPH);
        assertSame(once, Deadlock.judged(once), "judging twice adds it once");
    }

    @Test
    void theCheckerApiDecidesTheModelsPropertiesAsGiven() {
        assertEquals(List.of("Small"), Checker.of(GRAPH).run().verdicts().stream().map(Verdict::property).toList());
    }
}
