package dev.sledcheck.trace;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.run.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * A found run as text: numbered steps laid out as {@code check} prints them (number, actor, the
 * model's description), each logged step marked with its entries ({@code <== [10417]}), and a
 * line for each state observation where it holds.
 */
public final class TraceText {
    private TraceText() {}

    public static <S, A> String run(Model<S, A> model, List<Group<S, A>> groups, TraceResult.Possible<S, A> p,
            String indent) {
        int steps = 0;
        int actorWidth = 5;
        for (TraceResult.Mark<S, A> m : p.marks()) {
            if (m.isStep()) {
                steps++;
                actorWidth = Math.max(actorWidth, model.actor(m.before(), m.action()).length());
            }
        }
        int numWidth = String.valueOf(Math.max(1, steps)).length();
        StringBuilder sb = new StringBuilder();
        int number = 0;
        for (TraceResult.Mark<S, A> m : p.marks()) {
            if (!m.isStep()) {
                Observation<S, A> o = groups.get(m.group()).members().get(0);
                sb.append(indent).append(" ".repeat(numWidth + 2)).append(pad("", actorWidth)).append("  ")
                        .append(o.id()).append(" holds here: ").append(o.meaning()).append('\n');
                continue;
            }
            number++;
            String n = String.valueOf(number);
            sb.append(indent).append(" ".repeat(numWidth - n.length())).append(n).append("  ")
                    .append(pad(model.actor(m.before(), m.action()), actorWidth)).append("  ")
                    .append(model.describe(m.before(), m.action()));
            if (m.group() >= 0) {
                List<String> ids = new ArrayList<>();
                groups.get(m.group()).members().forEach(o -> ids.add(o.id()));
                sb.append("   <== ").append(String.join(" ", ids));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The run's schedule, which {@code replay} accepts. */
    public static <S, A> String schedule(Model<S, A> model, TraceResult.Possible<S, A> p) {
        List<String> tokens = new ArrayList<>();
        for (TraceResult.Mark<S, A> m : p.marks()) {
            if (m.isStep()) {
                tokens.add(model.token(m.before(), m.action()));
            }
        }
        return String.join(Run.SEPARATOR, tokens);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
