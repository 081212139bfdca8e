package dev.sledcheck.examples;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import java.util.List;

/**
 * A broken model, for the checker to refuse: four states (a counter mod 4 in one cell), each a
 * record with an {@code int[]} component. Its fingerprint encodes the array's contents, its
 * generated {@code equals} compares the array's identity, so an exact store never sees a state
 * again and the search of these four states would not end.
 */
public final class ArrayCells implements Model<ArrayCells.Cells, String> {

    /** The broken state type. */
    public record Cells(int[] cells) {}

    @Override
    public List<Cells> initialStates() {
        return List.of(new Cells(new int[] {0}));
    }

    @Override
    public void actions(Cells s, List<String> into) {
        into.add("tick");
    }

    @Override
    public Cells next(Cells s, String action) {
        return new Cells(new int[] {(s.cells()[0] + 1) % 4});
    }

    @Override
    public List<Property<Cells, String>> properties() {
        return List.of(Property.always("Small", "the cell stays below 4", s -> s.cells()[0] < 4));
    }
}
