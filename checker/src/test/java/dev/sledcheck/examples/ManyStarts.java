package dev.sledcheck.examples;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.core.Reduction;
import java.util.List;

/**
 * A counter that starts from one of several values and counts up by one, a couple of steps at
 * most: the smallest model with several initial states, where a run must say which one it starts
 * from. It offers one reduction, the identity ("same"), so that runs found through
 * representatives are tried too.
 */
public final class ManyStarts implements Model<Integer, String> {

    private final List<Integer> starts;

    /** Starts from each of {@code starts}, in that order. */
    public ManyStarts(Integer... starts) {
        this.starts = List.of(starts);
    }

    @Override
    public List<Integer> initialStates() {
        return starts;
    }

    @Override
    public void actions(Integer n, List<String> into) {
        if (n % 10 < 2) {
            into.add("inc");
        }
    }

    @Override
    public Integer next(Integer n, String action) {
        return n + 1;
    }

    @Override
    public List<Property<Integer, String>> properties() {
        return List.of(Property.always("AtMost20", "the counter never passes 20", n -> n <= 20),
                Property.always("NotFive", "the counter is never 5", n -> n != 5));
    }

    @Override
    public List<Reduction<Integer>> reductions() {
        return List.of(new Reduction<>() {
            @Override
            public String name() {
                return "same";
            }

            @Override
            public Integer representative(Integer state) {
                return state;
            }
        });
    }
}
