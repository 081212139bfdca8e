package dev.sledcheck.examples;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * A wide, shallow tree whose steps may be slow: the root has {@code width} children and each child
 * {@code width} more, so the second level is {@code width}^2 states, and every step spins for
 * {@code spinNanos} and counts itself. It shows what a limit does inside one large level, where a
 * limit read only between levels would come far too late. Nothing is ever reached, so no search
 * stops early on its own.
 */
public final class Fan implements Model<Long, Integer> {

    private final int width;
    private final long spinNanos;
    private final LongAdder steps = new LongAdder();

    public Fan(int width, long spinNanos) {
        this.width = width;
        this.spinNanos = spinNanos;
    }

    /** How many successors have been computed so far, on every thread. */
    public long steps() {
        return steps.sum();
    }

    @Override
    public List<Long> initialStates() {
        return List.of(0L);
    }

    @Override
    public void actions(Long node, List<Integer> into) {
        if (node <= width) {
            for (int i = 0; i < width; i++) {
                into.add(i);
            }
        }
    }

    @Override
    public Long next(Long node, Integer child) {
        long until = System.nanoTime() + spinNanos;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        steps.increment();
        return node * width + child + 1;
    }

    @Override
    public List<Property<Long, Integer>> properties() {
        return List.of(Property.sometimes("Negative", "a node below zero", n -> n < 0));
    }
}
