package dev.sledcheck.model.run;

import java.util.List;

/** One configuration of a matrix: its check result and a cell per property. */
public record MatrixRow(String configuration, CheckResult result, List<Cell> cells) {
    public MatrixRow {
        cells = List.copyOf(cells);
    }
}
