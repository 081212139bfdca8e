package dev.sledcheck.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.examples.Graph;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The matching rules of the package, each on the smallest graph that shows it. */
class TraceSearchTest {

    /** 0 -> 1 -> 2 -> 3, and 0 -> 2 as a short cut. */
    private static final Graph LINE = new Graph(List.of(0), Map.of(0, List.of(1, 2), 1, List.of(2), 2, List.of(3)), List.of());

    private static Observation<Integer, Integer> to(String id, int target) {
        return new Observation.OnStep<>(id, "moved to " + target,
                (before, a, after, b) -> a == target ? Optional.of(b) : Optional.empty(),
                (before, a, after) -> Optional.of("moved to " + a));
    }

    private static Observation<Integer, Integer> at(String id, int node) {
        return new Observation.InState<>(id, "at " + node,
                (s, b) -> s == node ? Optional.of(b) : Optional.empty(), s -> Optional.of("at " + s));
    }

    @SafeVarargs
    private static List<Group<Integer, Integer>> singles(Observation<Integer, Integer>... os) {
        return java.util.Arrays.stream(os).map(Group::of).toList();
    }

    private static TraceResult.Impossible<Integer, Integer> impossible(List<Group<Integer, Integer>> groups) {
        return assertInstanceOf(TraceResult.Impossible.class, TraceSearch.search(LINE, groups));
    }

    @Test
    void unloggedStepsAreFilledInAndTheRunIsShortest() {
        TraceResult<Integer, Integer> r = TraceSearch.search(LINE, singles(to("[a]", 3)));
        TraceResult.Possible<Integer, Integer> p = assertInstanceOf(TraceResult.Possible.class, r);
        assertEquals("to2;to3", TraceText.schedule(LINE, p));
        assertEquals(List.of(-1, 0), p.marks().stream().map(TraceResult.Mark::group).toList());
        String text = TraceText.run(LINE, singles(to("[a]", 3)), p, "");
        assertTrue(text.endsWith("to3   <== [a]\n"), text);
    }

    @Test
    void aStateObservationHoldsWhereItsEntryComes() {
        List<Group<Integer, Integer>> groups = singles(at("[a]", 2), to("[b]", 3));
        TraceResult.Possible<Integer, Integer> p = assertInstanceOf(TraceResult.Possible.class,
                TraceSearch.search(LINE, groups));
        assertEquals("to2;to3", TraceText.schedule(LINE, p));
        assertTrue(TraceText.run(LINE, groups, p, "").contains("[a] holds here: at 2\n"));
    }

    @Test
    void aLoggedStepMayNotAlsoHappenEarlierUnlogged() {
        // Reaching 3 needs the move to 3, which the log shows only afterwards: the same event
        // cannot be both before [a] (unlogged) and at [b].
        TraceResult.Impossible<Integer, Integer> i = impossible(singles(at("[a]", 3), to("[b]", 3)));
        assertEquals("[a]", i.first().id());
        assertEquals("a run shows it only after to3, which the log puts later, at [b]", i.why());
    }

    @Test
    void entriesInTheWrongOrderAreImpossibleAtTheFirstThatCannotFollow() {
        TraceResult.Impossible<Integer, Integer> i = impossible(singles(to("[a]", 2), to("[b]", 1)));
        assertEquals("[b]", i.first().id());
        assertEquals(1, i.group());
        assertTrue(i.why().startsWith("no run of the model shows it after [a]; the nearest it comes: moved to 3"), i.why());
    }

    @Test
    void aGroupIsOneStepThatShowsEveryMember() {
        List<Group<Integer, Integer>> both = List.of(new Group<>(List.of(to("[a]", 2), to("[b]", 2))));
        TraceResult.Possible<Integer, Integer> p = assertInstanceOf(TraceResult.Possible.class, TraceSearch.search(LINE, both));
        assertEquals("to2", TraceText.schedule(LINE, p));
        assertTrue(TraceText.run(LINE, both, p, "").contains("<== [a] [b]"));
        // The second member names the first entry no step shows together with the first.
        TraceResult.Impossible<Integer, Integer> i = impossible(List.of(new Group<>(List.of(to("[a]", 2), to("[b]", 3)))));
        assertEquals("[b]", i.first().id());
    }

    @Test
    void bindingsAreOneToOne() {
        Bindings b = Bindings.NONE.bind("uuid-1", "v1").orElseThrow();
        assertEquals(Optional.of(b), b.bind("uuid-1", "v1"));
        assertEquals(Optional.empty(), b.bind("uuid-1", "v2"));
        assertEquals(Optional.empty(), b.bind("uuid-2", "v1"));
        assertEquals(Optional.of("v2"), b.bind("uuid-2", "v2").flatMap(x -> x.get("uuid-2")));
    }
}
