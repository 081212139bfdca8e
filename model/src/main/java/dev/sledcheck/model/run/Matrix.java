package dev.sledcheck.model.run;

import java.util.List;

/** Several configurations checked against the same properties, with predictions beside. */
public record Matrix(String title, List<String> properties, List<MatrixRow> rows) {
    public Matrix {
        properties = List.copyOf(properties);
        rows = List.copyOf(rows);
    }

    /** Every predicted cell found as predicted. */
    public boolean predictionsHold() {
        return rows.stream().allMatch(r -> r.cells().stream().allMatch(Cell::predictedRight));
    }

    public long mismatches() {
        return rows.stream().flatMap(r -> r.cells().stream()).filter(c -> !c.predictedRight()).count();
    }
}
