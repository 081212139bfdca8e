package dev.sledcheck.reports.html;

import static dev.sledcheck.reports.html.Html.escape;

import java.util.Locale;

/**
 * Draws one {@link Arrow} between two events of a diagram. Between two lifelines it is a straight
 * line, slanted when it spans steps, its label along it at the middle; a message to oneself is an
 * arc to the right of the lifeline (a small loop when it was in flight from the start). A message
 * still in flight ends below the last step, dashed, labelled level with its tip. Every arrow is one {@code <g class="arrow">}
 * whose {@code data-sent} and {@code data-delivered} name its steps (0: from the start; never
 * delivered), so a test or a reader can tell which message it is.
 */
final class Arrows {
    private Arrows() {}

    private static final int HEAD = 9;

    static void draw(StringBuilder out, Arrow a, int x1, int y1, int x2, int y2, boolean bad) {
        out.append("<g class=\"arrow").append(bad ? " bad" : "").append(a.inFlight() ? " inflight" : "")
                .append("\" data-from=\"").append(escape(a.from())).append("\" data-to=\"").append(escape(a.to()))
                .append("\" data-sent=\"").append(a.sent()).append("\" data-delivered=\"").append(a.delivered())
                .append("\"><title>").append(escape(title(a))).append("</title>");
        String label = escape(a.label() + (a.inFlight() ? " \u2014 still in flight" : ""));
        if (!a.self()) {
            straight(out, x1, y1, x2, y2, a.inFlight() ? "" : label);
        } else if (a.sent() == 0) {
            // In flight from the start to oneself (a timer, the next stage of one's own work): a loop.
            out.append("<path d=\"M").append(x1).append(' ').append(y2 - 5).append(" h26 v10 h-17\"/>");
            head(out, x1, y2 + 5, -1, 0);
            out.append("<text class=\"msg\" x=\"").append(x1 + 32).append("\" y=\"").append(y2 + 4).append("\">")
                    .append(label).append("</text>");
        } else {
            int bulge = x1 + 44;
            int end = a.inFlight() ? x1 + 40 : x1;
            out.append("<path d=\"M").append(x1).append(' ').append(y1).append(" C").append(bulge).append(' ')
                    .append(y1).append(' ').append(bulge).append(' ').append(y2).append(' ').append(end + (a.inFlight() ? 0 : 8))
                    .append(' ').append(y2).append("\"/>");
            if (a.inFlight()) {
                head(out, end, y2, 0, 1);
            } else {
                head(out, end, y2, -1, 0);
            }
            if (!a.inFlight()) {
                out.append("<text class=\"msg\" x=\"").append(x1 + 40).append("\" y=\"").append((y1 + y2) / 2 + 4)
                        .append("\">").append(label).append("</text>");
            }
        }
        if (a.inFlight()) {
            // Level with its tip, below every step: each message in flight ends at its own depth,
            // so the labels never overlap, and none crosses the steps it runs past.
            int tipX = a.self() ? x1 + 40 : x2;
            out.append("<text class=\"msg\" x=\"").append(tipX + 8).append("\" y=\"").append(y2 + 4).append("\">")
                    .append(label).append("</text>");
        }
        out.append("</g>\n");
    }

    /** A line from (x1, y1) to the tip (x2, y2), its head there, its label (if any) along its middle. */
    private static void straight(StringBuilder out, int x1, int y1, int x2, int y2, String label) {
        double len = Math.hypot(x2 - x1, y2 - y1);
        double ux = (x2 - x1) / len;
        double uy = (y2 - y1) / len;
        int tipX = (int) Math.round(x2 - ux);
        int tipY = (int) Math.round(y2 - uy);
        out.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"")
                .append(Math.round(x2 - ux * (HEAD - 1))).append("\" y2=\"").append(Math.round(y2 - uy * (HEAD - 1)))
                .append("\"/>");
        head(out, tipX, tipY, ux, uy);
        if (label.isEmpty()) {
            return;
        }
        // Upright text along the line, just above it.
        double angle = Math.toDegrees(Math.atan2(y2 - y1, x2 - x1));
        if (x2 < x1) {
            angle += 180;
        }
        int mx = (x1 + x2) / 2;
        int my = (y1 + y2) / 2;
        out.append("<text class=\"msg\" x=\"").append(mx).append("\" y=\"").append(my - 4)
                .append("\" text-anchor=\"middle\"");
        if (y1 != y2) {
            out.append(" transform=\"rotate(").append(String.format(Locale.ROOT, "%.1f", angle)).append(' ').append(mx)
                    .append(' ').append(my).append(")\"");
        }
        out.append('>').append(label).append("</text>");
    }

    /** An arrowhead with its tip at (x, y), pointing along (ux, uy). */
    private static void head(StringBuilder out, double x, double y, double ux, double uy) {
        double bx = x - ux * HEAD;
        double by = y - uy * HEAD;
        out.append("<polygon points=\"").append(p(x)).append(',').append(p(y)).append(' ')
                .append(p(bx - uy * 4)).append(',').append(p(by + ux * 4)).append(' ')
                .append(p(bx + uy * 4)).append(',').append(p(by - ux * 4)).append("\"/>");
    }

    private static long p(double v) {
        return Math.round(v);
    }

    private static String title(Arrow a) {
        String from = a.sent() == 0 ? "in flight from the start" : "sent by " + a.from() + " at step " + a.sent();
        String to = a.inFlight() ? "still in flight when the run ended" : "delivered to " + a.to() + " at step " + a.delivered();
        return a.label() + ": " + from + ", " + to;
    }
}
