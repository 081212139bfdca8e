package dev.sledcheck.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.core.Reduction;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Liveness under a state abstraction: a cycle of representatives becomes a lasso of the full model
 * by following it until the full state comes back, and an abstraction that does not respect the
 * target is caught by the replay, not reported.
 */
class LivenessReductionTest {

    /** Two tokens that only ever swap places: (0, 1) -> (1, 0) -> (0, 1) ...; as a set they never change. */
    record Pair(int a, int b) {}

    record Swapping(Property<Pair, String> property, UnaryOperator<Pair> rep) implements Model<Pair, String> {
        @Override
        public List<Pair> initialStates() {
            return List.of(new Pair(0, 1));
        }

        @Override
        public void actions(Pair s, List<String> into) {
            into.add("swap");
        }

        @Override
        public Pair next(Pair s, String action) {
            return new Pair(s.b(), s.a());
        }

        @Override
        public List<Property<Pair, String>> properties() {
            return List.of(property);
        }

        @Override
        public List<Reduction<Pair>> reductions() {
            return List.of(new Reduction<>() {
                @Override
                public String name() {
                    return "sorted";
                }

                @Override
                public Pair representative(Pair s) {
                    return rep.apply(s);
                }
            });
        }
    }

    private static final UnaryOperator<Pair> SORTED = s -> new Pair(Math.min(s.a(), s.b()), Math.max(s.a(), s.b()));

    @Test
    void aCycleOfRepresentativesIsFollowedUntilTheFullStateComesBack() {
        Swapping m = new Swapping(Property.inevitably("Settles", "the tokens end as (1, 0)", s -> false), SORTED);
        CheckResult reduced = Checker.of(m).reductions(Reductions.all(m)).run();
        CheckResult full = Checker.of(m).run();
        assertEquals(1, reduced.stats().states(), "one representative: a self-loop");
        assertEquals(2, full.stats().states());
        Verdict v = reduced.verdict("Settles");
        assertEquals(Status.VIOLATED, v.status());
        assertEquals("swap;swap", v.run().schedule(), "the loop of one step, twice: back at (0, 1)");
        assertEquals(1, v.run().cycleFrom());
        assertEquals(v, full.verdict("Settles"), "the same lasso as on the full model");
    }

    @Test
    void anAbstractionThatMovesTheTargetIsAnError() {
        // (1, 0) is the target, but the abstraction maps it to (0, 1), which is not.
        Swapping m = new Swapping(Property.inevitably("Swapped", "the tokens swap", s -> s.a() == 1), SORTED);
        assertEquals(Status.SAFE, Checker.of(m).run().verdict("Swapped").status());
        ModelError e = assertThrows(ModelError.class, () -> Checker.of(m).reductions(Reductions.all(m)).run());
        assertTrue(e.getMessage().startsWith("unsound reduction: the Swapped counterexample"), e.getMessage());
    }

    @Test
    void aWitnessOfAnAbstractionThatMovesTheTargetIsAnErrorToo() {
        // The representative of (0, 1) is (1, 0), which has the property; the full state does not.
        Swapping m = new Swapping(Property.sometimes("One first", "a state starts with 1", s -> s.a() == 1),
                s -> new Pair(Math.max(s.a(), s.b()), Math.min(s.a(), s.b())));
        assertEquals(Status.REACHED, Checker.of(m).run().verdict("One first").status());
        ModelError e = assertThrows(ModelError.class, () -> Checker.of(m).reductions(Reductions.all(m)).run());
        assertEquals("unsound reduction: the One first witness found on the quotient does not reach it on the"
                + " full model", e.getMessage());
    }

    @Test
    void partialOrderReductionIsNeverApplied() {
        // A "reduction" that explores no step at all: applied, it would hide the cycle.
        Swapping m = new Swapping(Property.inevitably("Settles", "never", s -> false), s -> s);
        assertEquals(Status.VIOLATED, Checker.of(m).reductions(new Reductions<>(List.of(), (s, enabled) -> List.of(new int[0])))
                .run().verdict("Settles").status());
    }
}
