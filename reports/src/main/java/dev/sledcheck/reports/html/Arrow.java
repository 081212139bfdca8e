package dev.sledcheck.reports.html;

import dev.sledcheck.model.run.Message;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * One message of a run as a diagram draws it: from the step that sent it to the step that
 * delivered it. {@code sent} 0 means it was in flight from the start (no step of the run sent it);
 * {@code delivered} 0 means no step delivered it: it was still in flight when the run ended.
 *
 * @param label the message as its token names it, receiver left out: {@code put(v1,Destroyed/7)}
 */
record Arrow(String from, String to, String label, int sent, int delivered) {

    boolean inFlight() {
        return delivered == 0;
    }

    boolean self() {
        return from.equals(to);
    }

    /**
     * Every message of {@code run}: one per step (the message it delivered), then, per step, the
     * messages it sent that no later step delivered, in the order the steps sent them.
     */
    static List<Arrow> of(Run run) {
        List<Arrow> out = new ArrayList<>();
        for (Step s : run.steps()) {
            out.add(new Arrow(s.from(), s.actor(), label(s.actor(), s.token()), s.enabledBy(), s.number()));
        }
        for (Step s : run.steps()) {
            for (Message m : s.sent()) {
                if (!delivered(run, s.number(), m.token())) {
                    out.add(new Arrow(s.actor(), m.to(), label(m.to(), m.token()), s.number(), 0));
                }
            }
        }
        return out;
    }

    private static boolean delivered(Run run, int sender, String token) {
        for (Step later : run.steps()) {
            if (later.enabledBy() == sender && later.token().equals(token)) {
                return true;
            }
        }
        return false;
    }

    /** The message part of a token ({@code nexus:put(v1,Destroyed/7)} gives {@code put(v1,Destroyed/7)}). */
    static String label(String actor, String token) {
        String prefix = actor + ":";
        return token.startsWith(prefix) ? token.substring(prefix.length()) : token;
    }
}
