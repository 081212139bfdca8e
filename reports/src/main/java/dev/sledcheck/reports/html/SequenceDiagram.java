package dev.sledcheck.reports.html;

import dev.sledcheck.reports.Wrap;
import static dev.sledcheck.reports.html.Html.escape;

import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run as an SVG sequence diagram. Columns, left to right: the step number; a lifeline per actor
 * that sends or receives in the run (in order of first appearance); Nexus's stored rows (facets
 * named {@code nexus ...}) noted where a step changes them; the step's log line. Each step is one
 * row holding one arrow, from the sender's lifeline to the actor's (a loop when they are the
 * same), labelled with the message. The breaking step is highlighted. Rows carry their height and
 * whether they are in the {@link Slice}, so the page's script can hide the others and re-stack.
 */
final class SequenceDiagram {
    private SequenceDiagram() {}

    private static final int NUM_W = 34;
    private static final int LANE = 124;
    private static final int TOP = 48;
    private static final int NOTE_W = 220;
    private static final int NOTE_CHARS = 33;
    /** The width the diagram aims at, so that with four actors the log fits a 1400-pixel window. */
    private static final int TARGET_W = 1290;
    private static final int MIN_LOG_CHARS = 44;
    private static final double CHAR_W = 6.65;
    private static final int LINE = 13;
    private static final int ARROW_Y = 20;
    private static final String NEXUS = "nexus ";
    private static final Pattern EMPHASIS = Pattern.compile("\\b(404|dropped|landed)\\b");

    /** Appends the {@code <svg>} of {@code run}; {@code breaking} is the highlighted step (0: none). */
    static void render(Run run, int breaking, String property, boolean[] slice, StringBuilder out) {
        List<String> lanes = lanes(run);
        int lanesRight = NUM_W + lanes.size() * LANE;
        int noteX = lanesRight + 10;
        int logX = noteX + NOTE_W + 14;
        // The log column takes what the lifelines leave of the target width; many actors scroll.
        int logChars = Math.max(MIN_LOG_CHARS, (int) ((TARGET_W - logX - 10) / CHAR_W));
        int width = logX + (int) Math.ceil(logChars * CHAR_W) + 10;

        StringBuilder rows = new StringBuilder();
        Map<String, String> before = new LinkedHashMap<>();
        int y = TOP;
        for (Step s : run.steps()) {
            List<String[]> note = noteLines(before, s, s.number() == 1);
            List<String> log = Wrap.lines(s.text(), logChars);
            boolean bad = s.number() == breaking;
            int lines = Math.max(log.size() + (bad ? 1 : 0), note.size());
            int h = Math.max(32, lines * LINE + 12);
            row(rows, s, lanes, y, h, width, noteX, logX, note, log, bad ? property : null, slice[s.number()]);
            y += h;
        }
        int height = y + 10;

        out.append("<svg class=\"seq\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" data-top=\"").append(TOP).append("\" role=\"img\" aria-label=\"sequence diagram, ")
                .append(run.length()).append(" steps\">\n");
        out.append("<text class=\"colhead\" x=\"").append(noteX).append("\" y=\"24\">Nexus&#39;s rows (as they change)</text>");
        out.append("<text class=\"colhead\" x=\"").append(logX).append("\" y=\"24\">log</text>\n");
        for (int i = 0; i < lanes.size(); i++) {
            int x = laneX(i);
            out.append("<g class=\"lifeline\" data-actor=\"").append(escape(lanes.get(i))).append("\">")
                    .append("<line class=\"life\" x1=\"").append(x).append("\" y1=\"32\" x2=\"").append(x)
                    .append("\" y2=\"").append(height - 4).append("\"/>")
                    .append("<rect class=\"head\" x=\"").append(x - LANE / 2 + 12).append("\" y=\"6\" width=\"")
                    .append(LANE - 24).append("\" height=\"26\" rx=\"4\"/>")
                    .append("<text class=\"actor\" x=\"").append(x).append("\" y=\"23\">").append(escape(lanes.get(i)))
                    .append("</text></g>\n");
        }
        out.append(rows).append("</svg>\n");
    }

    /** Every actor that sends or receives, in order of first appearance. */
    static List<String> lanes(Run run) {
        List<String> lanes = new ArrayList<>();
        for (Step s : run.steps()) {
            if (!lanes.contains(s.from())) {
                lanes.add(s.from());
            }
            if (!lanes.contains(s.actor())) {
                lanes.add(s.actor());
            }
        }
        return lanes;
    }

    private static int laneX(int i) {
        return NUM_W + LANE / 2 + i * LANE;
    }

    private static void row(StringBuilder out, Step s, List<String> lanes, int y, int h, int width, int noteX,
            int logX, List<String[]> note, List<String> log, String broken, boolean inSlice) {
        out.append("<g class=\"step").append(broken != null ? " bad" : "").append("\" data-step=\"").append(s.number())
                .append("\" data-slice=\"").append(inSlice ? 1 : 0).append("\" data-h=\"").append(h)
                .append("\" transform=\"translate(0,").append(y).append(")\">");
        out.append("<title>").append(escape(tooltip(s))).append("</title>");
        out.append("<rect class=\"band\" x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(h)
                .append("\"/>");
        out.append("<text class=\"num\" x=\"").append(NUM_W - 6).append("\" y=\"").append(ARROW_Y + 4).append("\">")
                .append(s.number()).append("</text>");
        arrow(out, s, lanes, broken != null);
        if (!note.isEmpty()) {
            out.append("<g class=\"note\"><rect x=\"").append(noteX).append("\" y=\"4\" width=\"").append(NOTE_W)
                    .append("\" height=\"").append(note.size() * LINE + 6).append("\" rx=\"3\"/><text>");
            for (int i = 0; i < note.size(); i++) {
                out.append("<tspan x=\"").append(noteX + 6).append("\" y=\"").append(15 + i * LINE).append('"');
                if (!note.get(i)[0].isEmpty()) {
                    out.append(" class=\"").append(note.get(i)[0]).append('"');
                }
                out.append('>').append(escape(note.get(i)[1])).append("</tspan>");
            }
            out.append("</text></g>");
        }
        out.append("<text class=\"log\">");
        for (int i = 0; i < log.size(); i++) {
            out.append("<tspan x=\"").append(logX).append("\" y=\"").append(15 + i * LINE).append("\">");
            emphasise(out, log.get(i));
            out.append("</tspan>");
        }
        if (broken != null) {
            out.append("<tspan class=\"broke\" x=\"").append(logX).append("\" y=\"").append(15 + log.size() * LINE)
                    .append("\">&lt;== ").append(escape(broken)).append(" broken</tspan>");
        }
        out.append("</text></g>\n");
    }

    private static void arrow(StringBuilder out, Step s, List<String> lanes, boolean bad) {
        int from = laneX(lanes.indexOf(s.from()));
        int to = laneX(lanes.indexOf(s.actor()));
        String label = escape(message(s));
        out.append("<g class=\"arrow").append(bad ? " bad" : "").append("\" data-from=\"").append(escape(s.from()))
                .append("\" data-to=\"").append(escape(s.actor())).append("\">");
        int yy = ARROW_Y;
        if (from == to) {
            // A message to oneself (a timer, the next stage of one's own work): a loop.
            out.append("<path d=\"M").append(from).append(' ').append(yy - 5).append(" h26 v10 h-17\"/>")
                    .append("<polygon points=\"").append(from).append(',').append(yy + 5).append(' ').append(from + 9)
                    .append(',').append(yy + 1).append(' ').append(from + 9).append(',').append(yy + 9).append("\"/>")
                    .append("<text class=\"msg\" x=\"").append(from + 32).append("\" y=\"").append(yy + 4).append("\">")
                    .append(label).append("</text>");
        } else {
            int dir = to > from ? 1 : -1;
            int tip = to - dir;
            out.append("<line x1=\"").append(from).append("\" y1=\"").append(yy).append("\" x2=\"").append(tip - dir * 8)
                    .append("\" y2=\"").append(yy).append("\"/>")
                    .append("<polygon points=\"").append(tip).append(',').append(yy).append(' ').append(tip - dir * 9)
                    .append(',').append(yy - 4).append(' ').append(tip - dir * 9).append(',').append(yy + 4).append("\"/>");
            // A label wider than its arrow starts at the left end and runs past the right one,
            // rather than past the diagram's left edge.
            boolean fits = message(s).length() * CHAR_W < Math.abs(to - from) - 8;
            out.append("<text class=\"msg\" x=\"").append(fits ? (from + to) / 2 : Math.min(from, to) + 4)
                    .append("\" y=\"").append(yy - 5).append(fits ? "\" text-anchor=\"middle\">" : "\">")
                    .append(label).append("</text>");
        }
        out.append("</g>");
    }

    /** The message part of the token ({@code nexus:put(v1,Destroyed/7)} gives {@code put(v1,Destroyed/7)}). */
    static String message(Step s) {
        String prefix = s.actor() + ":";
        return s.token().startsWith(prefix) ? s.token().substring(prefix.length()) : s.token();
    }

    /**
     * Nexus's rows that this step changed, as {@code {cssClass, text}} lines: the new value, then
     * what it was. The first step shows every row: there is no earlier state to compare with.
     */
    private static List<String[]> noteLines(Map<String, String> before, Step s, boolean first) {
        Map<String, String> now = new LinkedHashMap<>();
        for (Facet f : s.after()) {
            if (f.name().startsWith(NEXUS)) {
                now.put(f.name().substring(NEXUS.length()), f.value());
            }
        }
        List<String[]> lines = new ArrayList<>();
        for (Map.Entry<String, String> e : now.entrySet()) {
            String old = before.get(e.getKey());
            if (!first && e.getValue().equals(old)) {
                continue;
            }
            for (String l : Wrap.lines(e.getKey() + " " + e.getValue(), NOTE_CHARS)) {
                lines.add(new String[] {"", l});
            }
            if (old != null) {
                for (String l : Wrap.lines("was " + old, NOTE_CHARS)) {
                    lines.add(new String[] {"was", l});
                }
            }
        }
        for (String gone : before.keySet()) {
            if (!now.containsKey(gone)) {
                lines.add(new String[] {"was", gone + " gone"});
            }
        }
        before.clear();
        before.putAll(now);
        return lines;
    }

    private static String tooltip(Step s) {
        StringBuilder sb = new StringBuilder("step ").append(s.number()).append(": ").append(s.token());
        if (s.enabledBy() > 0) {
            sb.append(" (sent by step ").append(s.enabledBy()).append(')');
        }
        sb.append("\nstate after:");
        for (Facet f : s.after()) {
            sb.append("\n  ").append(f.name()).append(" = ").append(f.value());
        }
        return sb.toString();
    }

    /** Escaped text with the outcomes a reader looks for (404, dropped, landed) in bold. */
    private static void emphasise(StringBuilder out, String line) {
        Matcher m = EMPHASIS.matcher(line);
        int at = 0;
        while (m.find()) {
            out.append(escape(line.substring(at, m.start()))).append("<tspan class=\"em\">")
                    .append(escape(m.group())).append("</tspan>");
            at = m.end();
        }
        out.append(escape(line.substring(at)));
    }
}
