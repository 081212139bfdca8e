package dev.sledcheck.reports;

import dev.sledcheck.model.run.Cell;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Verdict;
import java.util.List;

/**
 * One configuration in a report: its check result, a cell per property (what was found and, when
 * the predictions file has one, what was predicted) and the command prefix that replays its runs.
 *
 * @param configuration the configuration as the CLI spells it, scenario left out ({@code sim-bug --user-stop})
 * @param replay        e.g. {@code sledcheck replay --scenario seed-7282 --variant sim-bug}; a run's
 *                      schedule completes it
 * @param glossary      the words of {@code configuration} explained (its variant: what it is, which
 *                      commits it follows); empty when nobody said
 */
public record Section(String configuration, String replay, CheckResult result, List<Cell> cells,
        List<Gloss> glossary) {
    public Section {
        cells = List.copyOf(cells);
        glossary = List.copyOf(glossary);
    }

    /** A section whose configuration nobody explained. */
    public Section(String configuration, String replay, CheckResult result, List<Cell> cells) {
        this(configuration, replay, result, cells, List.of());
    }

    /** This section with {@code glossary} explaining its configuration. */
    public Section explained(List<Gloss> glossary) {
        return new Section(configuration, replay, result, cells, glossary);
    }

    /** A section without predictions: every cell shows the finding alone. */
    public static Section unpredicted(String configuration, String replay, CheckResult result) {
        return new Section(configuration, replay, result, result.verdicts().stream()
                .map(v -> new Cell(v.property(), v.status(), null, "")).toList());
    }

    /** The cell of {@code property}, or {@code null} when this configuration did not decide it. */
    public Cell cell(String property) {
        return cells.stream().filter(c -> c.property().equals(property)).findFirst().orElse(null);
    }

    /** The verdict of {@code property}, or {@code null}. */
    public Verdict verdict(String property) {
        return result.verdicts().stream().filter(v -> v.property().equals(property)).findFirst().orElse(null);
    }

    /** The full replay command of a schedule. */
    public String replayCommand(String schedule) {
        return replay + " --schedule '" + schedule + "'";
    }
}
