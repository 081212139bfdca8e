package dev.sledcheck.reports.html;

import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Step;
import dev.sledcheck.reports.Wrap;
import java.util.ArrayList;
import java.util.List;

/**
 * A run made ready to draw, once for every view of it: the lifelines, each step's row (its marks,
 * log lines and note, and so its height) and every message. A view draws the rows it shows.
 *
 * @param breaking the step that broke {@code property} (0: none)
 */
record Drawing(Run run, int breaking, String property, Layout layout, List<Row> rows, List<Arrow> arrows) {

    /** What one step shows, and how tall its row is. */
    record Row(Step step, List<String> marks, List<String> log, List<String[]> note, int height) {}

    static Drawing of(Run run, int breaking, String property) {
        List<Arrow> arrows = Arrow.of(run);
        Layout layout = new Layout(Layout.lanes(run, arrows));
        List<List<String[]>> notes = Notes.of(run);
        List<Row> rows = new ArrayList<>();
        for (Step s : run.steps()) {
            List<String> marks = new ArrayList<>();
            for (String m : s.marks()) {
                marks.addAll(Wrap.lines("\u25c6 " + m, layout.logChars));
            }
            List<String> log = Wrap.lines(s.text(), layout.logChars);
            List<String[]> note = notes.get(s.number() - 1);
            int lines = Math.max(marks.size() + log.size() + (s.number() == breaking ? 1 : 0), note.size());
            rows.add(new Row(s, marks, log, note, Math.max(32, lines * Layout.LINE + 12)));
        }
        return new Drawing(run, breaking, property, layout, rows, arrows);
    }

    Row row(int number) {
        return rows.get(number - 1);
    }
}
