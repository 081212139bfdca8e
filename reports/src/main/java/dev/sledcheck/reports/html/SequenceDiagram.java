package dev.sledcheck.reports.html;

import static dev.sledcheck.reports.html.Html.escape;

import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.run.Step;
import dev.sledcheck.reports.Plural;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One view of a {@link Drawing} as an SVG Lamport diagram: time runs down, a row per step, a
 * lifeline per actor, and each message an arrow from the event of the step that sent it to the
 * event of the step that delivered it, slanted across the steps in between, so two messages in
 * flight at once cross. A message still in flight when the run ended runs off the bottom edge,
 * dashed. A step the model marks gets a diamond on its lifeline and its marks above its log line;
 * the breaking step is red. The view shows the steps {@code shown} says, closed up.
 */
final class SequenceDiagram {
    private SequenceDiagram() {}

    private static final Pattern EMPHASIS = Pattern.compile("\\b(404|dropped|landed)\\b");

    static void render(Drawing d, boolean[] shown, StringBuilder out) {
        Layout l = d.layout();
        int[] top = new int[d.run().length() + 1];
        int y = Layout.TOP;
        for (Drawing.Row r : d.rows()) {
            if (shown[r.step().number()]) {
                top[r.step().number()] = y;
                y += r.height();
            }
        }
        int bottom = y;
        long flights = d.arrows().stream().filter(a -> a.inFlight() && shown[a.sent()]).count();
        int height = bottom + (flights == 0 ? 10 : Layout.FLIGHT + (int) flights * Layout.FLIGHT_STEP);
        int steps = Slice.count(shown) - (shown[0] ? 1 : 0);

        out.append("<svg class=\"seq\" width=\"").append(l.width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(l.width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"sequence diagram, ").append(Plural.of(steps, "step")).append("\">\n");
        out.append("<text class=\"colhead\" x=\"").append(l.noteX).append("\" y=\"24\">").append(escape(d.run().ledger().heading()))
                .append("</text>");
        out.append("<text class=\"colhead\" x=\"").append(l.logX).append("\" y=\"24\">log</text>\n");
        for (String lane : l.lanes) {
            int x = l.x(lane);
            out.append("<g class=\"lifeline\" data-actor=\"").append(escape(lane)).append("\">")
                    .append("<line class=\"life\" x1=\"").append(x).append("\" y1=\"32\" x2=\"").append(x)
                    .append("\" y2=\"").append(height - 4).append("\"/>")
                    .append("<rect class=\"head\" x=\"").append(x - Layout.LANE / 2 + 12).append("\" y=\"6\" width=\"")
                    .append(Layout.LANE - 24).append("\" height=\"26\" rx=\"4\"/>")
                    .append("<text class=\"actor\" x=\"").append(x).append("\" y=\"23\">").append(escape(lane))
                    .append("</text></g>\n");
        }
        for (Drawing.Row r : d.rows()) {
            if (shown[r.step().number()]) {
                row(out, d, r, top[r.step().number()]);
            }
        }
        int flight = 0;
        for (Arrow a : d.arrows()) {
            boolean visible = a.inFlight() ? shown[a.sent()] : shown[a.delivered()];
            if (visible) {
                int y1 = a.sent() > 0 && shown[a.sent()] ? top[a.sent()] + Layout.EVENT_Y : Layout.TOP;
                int y2 = a.inFlight() ? bottom + Layout.FLIGHT + Layout.FLIGHT_STEP * flight++
                        : top[a.delivered()] + Layout.EVENT_Y;
                Arrows.draw(out, a, l.x(a.from()), y1, l.x(a.to()), y2, a.delivered() == d.breaking() && d.breaking() > 0);
            }
        }
        for (Drawing.Row r : d.rows()) {
            if (shown[r.step().number()] && !r.marks().isEmpty()) {
                int x = l.x(r.step().actor());
                int ey = top[r.step().number()] + Layout.EVENT_Y;
                out.append("<path class=\"mark\" d=\"M").append(x).append(' ').append(ey - 7).append(" l7 7 l-7 7 l-7 -7 z\">")
                        .append("<title>").append(escape(String.join("\n", r.step().marks()))).append("</title></path>\n");
            }
        }
        out.append("</svg>\n");
    }

    private static void row(StringBuilder out, Drawing d, Drawing.Row r, int y) {
        Step s = r.step();
        Layout l = d.layout();
        boolean bad = s.number() == d.breaking();
        out.append("<g class=\"step").append(bad ? " bad" : "").append(r.marks().isEmpty() ? "" : " marked")
                .append("\" data-step=\"").append(s.number()).append("\" transform=\"translate(0,").append(y).append(")\">");
        out.append("<title>").append(escape(tooltip(s))).append("</title>");
        out.append("<rect class=\"band\" x=\"0\" y=\"0\" width=\"").append(l.width).append("\" height=\"")
                .append(r.height()).append("\"/>");
        out.append("<text class=\"num\" x=\"").append(Layout.NUM_W - 6).append("\" y=\"").append(Layout.EVENT_Y + 4)
                .append("\">").append(s.number()).append("</text>");
        List<String[]> note = r.note();
        if (!note.isEmpty()) {
            out.append("<g class=\"note\"><rect x=\"").append(l.noteX).append("\" y=\"4\" width=\"").append(Layout.NOTE_W)
                    .append("\" height=\"").append(note.size() * Layout.LINE + 6).append("\" rx=\"3\"/><text>");
            for (int i = 0; i < note.size(); i++) {
                out.append("<tspan x=\"").append(l.noteX + 6).append("\" y=\"").append(15 + i * Layout.LINE).append('"');
                if (!note.get(i)[0].isEmpty()) {
                    out.append(" class=\"").append(note.get(i)[0]).append('"');
                }
                out.append('>').append(escape(note.get(i)[1])).append("</tspan>");
            }
            out.append("</text></g>");
        }
        out.append("<text class=\"log\">");
        int line = 0;
        for (String m : r.marks()) {
            out.append("<tspan class=\"marktext\" x=\"").append(l.logX).append("\" y=\"").append(15 + line++ * Layout.LINE)
                    .append("\">").append(escape(m)).append("</tspan>");
        }
        for (String text : r.log()) {
            out.append("<tspan x=\"").append(l.logX).append("\" y=\"").append(15 + line++ * Layout.LINE).append("\">");
            emphasise(out, text);
            out.append("</tspan>");
        }
        if (bad) {
            out.append("<tspan class=\"broke\" x=\"").append(l.logX).append("\" y=\"").append(15 + line * Layout.LINE)
                    .append("\">&lt;== ").append(escape(d.property())).append(" broken</tspan>");
        }
        out.append("</text></g>\n");
    }

    private static String tooltip(Step s) {
        StringBuilder sb = new StringBuilder("step ").append(s.number()).append(": ").append(s.token());
        if (s.enabledBy() > 0) {
            sb.append(" (sent by step ").append(s.enabledBy()).append(')');
        }
        if (!s.reads().contains(Facet.EVERY) && !s.reads().isEmpty()) {
            sb.append("\nread: ").append(String.join(", ", s.reads()));
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
