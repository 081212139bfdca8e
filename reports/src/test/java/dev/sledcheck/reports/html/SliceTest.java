package dev.sledcheck.reports.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Step;
import dev.sledcheck.reports.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SliceTest {

    @Test
    void followsMessagesAndTheValuesEachStepRead() {
        // 5 <- 4 (its message), 5 <- 1 (the watcher's state it read, changed by its pass), 4 <- 1
        // (message), 4 <- 3 (agent v1, which the poke removed). Step 2, the user's, touches none.
        boolean[] keep = Slice.of(Fixtures.race(), 5);
        assertArrayEquals(new boolean[] {false, true, false, true, true, true}, keep);
        assertEquals(4, Slice.count(keep));
        assertEquals(List.of(1, 4), Slice.causes(Fixtures.race()).get(5));
        assertEquals(List.of(1, 3), Slice.causes(Fixtures.race()).get(4));
    }

    @Test
    void anActorsEarlierStepCountsOnlyWhenItChangedWhatTheLaterOneRead() {
        // The agent pokes v2 between removing v1 and answering the GET for v1: the same actor, but
        // the answer reads agent v1 only, so the v2 poke is not in the slice (main's rule, "each
        // actor's previous step", kept it).
        List<Step> steps = new ArrayList<>();
        for (Step s : Fixtures.race().steps()) {
            steps.add(renumbered(s, s.number() > 3 ? s.number() + 1 : s.number()));
            if (s.number() == 3) {
                Step v2 = Fixtures.step(4, "agent", "agent", "agent:poke(v2)", "poke v2", 0, Fixtures.state(
                        "Stopping gen 6", "absent", "awaiting GET (s=6)", "looked"), List.of("agent v2"), List.of(),
                        List.of());
                List<Facet> after = new ArrayList<>(v2.after());
                after.add(new Facet("agent v2", "Running gen 3"));
                steps.add(new Step(4, "agent", "agent", v2.token(), v2.text(), List.of(), 0, after, List.of(),
                        v2.reads(), List.of()));
            }
        }
        Run run = new Run(0, Fixtures.ACTORS, Fixtures.race().start(), steps);
        assertArrayEquals(new boolean[] {false, true, false, true, false, true, true}, Slice.of(run, 6));
    }

    @Test
    void aStepThatReadsEveryFacetDependsOnTheLastChangeOfEach() {
        List<Step> steps = new ArrayList<>(Fixtures.race().steps());
        Step last = steps.remove(4);
        steps.add(new Step(5, last.actor(), last.from(), last.token(), last.text(), last.breaks(), last.enabledBy(),
                last.after()));
        // Every facet: the user's look (2) changed "user", so it is kept too.
        assertEquals(List.of(1, 2, 3, 4), Slice.causes(new Run(0, Fixtures.ACTORS, Fixtures.race().start(), steps)).get(5));
    }

    @Test
    void withoutFacetsEachStepDependsOnItsActorsPreviousStep() {
        List<Step> steps = new ArrayList<>();
        for (Step s : Fixtures.race().steps()) {
            steps.add(new Step(s.number(), s.actor(), s.from(), s.token(), s.text(), s.breaks(), s.enabledBy(), List.of()));
        }
        Run bare = new Run(steps);
        assertEquals(List.of(1, 3), Slice.causes(bare).get(4), "its message, and the agent's previous step");
        assertArrayEquals(new boolean[] {false, true, false, true, true, true}, Slice.of(bare, 5));
    }

    @Test
    void outOfRangeKeepsNothing() {
        assertEquals(0, Slice.count(Slice.of(new Run(List.of()), 1)));
        assertEquals(0, Slice.count(Slice.of(Fixtures.race(), 6)));
    }

    private static Step renumbered(Step s, int n) {
        int by = s.enabledBy() > 3 ? s.enabledBy() + 1 : s.enabledBy();
        return new Step(n, s.actor(), s.from(), s.token(), s.text(), s.breaks(), by, s.after(), s.sent(), s.reads(),
                s.marks());
    }
}
