package dev.sledcheck.reports.html;

import dev.sledcheck.model.run.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * Where things go in a sequence diagram, left to right: the step number; a lifeline per actor; a
 * note column; the log. Lifelines follow the order the model lists its actors in ({@link
 * Run#actors}), so every diagram of one model has them in the same order; an actor the model
 * did not list (older files list none) comes after, in order of first appearance.
 */
final class Layout {
    static final int NUM_W = 34;
    static final int LANE = 124;
    /** Where the first row starts, below the actors' heads. */
    static final int TOP = 48;
    static final int NOTE_W = 220;
    static final double CHAR_W = 6.65;
    /** What fits in a note: its width less 6 pixels of padding on each side, so no text spills out. */
    static final int NOTE_CHARS = (int) ((NOTE_W - 12) / CHAR_W);
    /** The width the diagram aims at, so that with four actors the log fits a 1400-pixel window. */
    static final int TARGET_W = 1290;
    static final int MIN_LOG_CHARS = 44;
    static final int LINE = 13;
    /** Where in its row a step happens: its event on the lifeline, where messages start and end. */
    static final int EVENT_Y = 20;
    /** How far below the last row the first message still in flight ends, and each next one further. */
    static final int FLIGHT = 24;
    static final int FLIGHT_STEP = 16;

    final List<String> lanes;
    final int noteX;
    final int logX;
    final int logChars;
    final int width;

    Layout(List<String> lanes) {
        this.lanes = List.copyOf(lanes);
        int lanesRight = NUM_W + lanes.size() * LANE;
        noteX = lanesRight + 10;
        logX = noteX + NOTE_W + 14;
        // The log column takes what the lifelines leave of the target width; many actors scroll.
        logChars = Math.max(MIN_LOG_CHARS, (int) ((TARGET_W - logX - 10) / CHAR_W));
        width = logX + (int) Math.ceil(logChars * CHAR_W) + 10;
    }

    /** The lifelines of {@code arrows}: every actor that sends or receives one. */
    static List<String> lanes(Run run, List<Arrow> arrows) {
        List<String> used = new ArrayList<>();
        for (Arrow a : arrows) {
            for (String actor : List.of(a.from(), a.to())) {
                if (!used.contains(actor)) {
                    used.add(actor);
                }
            }
        }
        List<String> out = new ArrayList<>();
        run.actors().stream().filter(used::contains).forEach(out::add);
        used.stream().filter(a -> !out.contains(a)).forEach(out::add);
        return out;
    }

    int x(String actor) {
        return NUM_W + lanes.indexOf(actor) * LANE + LANE / 2;
    }
}
