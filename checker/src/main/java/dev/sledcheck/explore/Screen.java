package dev.sledcheck.explore;

import dev.sledcheck.reports.Wrap;
import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import java.util.ArrayList;
import java.util.List;

/**
 * What the explorer prints for the current position: the step just taken, the state's facets
 * (a {@code *} marks those the step changed), the properties it breaks, and the enabled steps,
 * numbered, each with its token and its description. Lines are wrapped to the width.
 */
final class Screen {

    /** A token longer than this puts its description on the next line, so text keeps its room. */
    static final int TOKEN_COLUMN = 28;

    private Screen() {}

    /**
     * The screen for where {@code session} stands, headed by the last {@code steps} steps taken
     * (one line each; more than one when a line of input took several).
     */
    static <S, A> String render(Model<S, A> model, Session<S, A> session, String title, int width, int steps) {
        StringBuilder sb = new StringBuilder();
        S state = session.current();
        S before = session.previous();
        for (int k = Math.max(1, session.depth() - steps + 1); k <= session.depth(); k++) {
            S from = session.before(k);
            A move = session.move(k);
            String actor = model.actor(from, move);
            sb.append(Wrap.hanging("step " + k + "  " + (actor.isEmpty() ? "" : actor + "  "),
                    model.describe(from, move), width));
        }
        sb.append(session.depth() == 0 ? "initial state"
                : "state after " + session.depth() + (session.depth() == 1 ? " step" : " steps"))
                .append(title.isEmpty() ? "" : " (" + title + ")").append('\n');
        sb.append(facets(model, before, state, width));
        List<A> enabled = session.enabled();
        for (String line : judgements(model, before, session.lastMove(), state, enabled.isEmpty(), session.depth())) {
            sb.append(Wrap.hanging(line.startsWith("!!") ? "!! " : "   ", line.substring(3), width));
        }
        sb.append(steps(model, state, enabled, width));
        return sb.toString();
    }

    /** The facets of {@code state}, those that differ from {@code before} marked with {@code *}. */
    static <S, A> String facets(Model<S, A> model, S before, S state, int width) {
        List<Facet> now = facetsOf(model, state);
        List<Facet> then = before == null ? now : facetsOf(model, before);
        int nameWidth = 0;
        for (Facet f : now) {
            nameWidth = Math.max(nameWidth, f.name().length());
        }
        StringBuilder sb = new StringBuilder();
        for (Facet f : now) {
            String mark = then.contains(f) ? "  " : "* ";
            sb.append(Wrap.hanging(mark + Wrap.pad(f.name(), nameWidth) + "  ", f.value(), width));
        }
        return sb.toString();
    }

    /** The model's facets of {@code state}; a model that has none shows the state's own text. */
    static <S, A> List<Facet> facetsOf(Model<S, A> model, S state) {
        List<Facet> facets = model.facets(state);
        return facets.isEmpty() ? List.of(new Facet("state", String.valueOf(state))) : facets;
    }

    /**
     * What the properties say here, one line each: "!! " for a break, "   " for news that is not
     * bad (a Sometimes reached, an AtEnd that holds at a dead end).
     */
    static <S, A> List<String> judgements(Model<S, A> model, S before, A action, S state, boolean deadEnd, int step) {
        List<String> out = new ArrayList<>();
        for (Property<S, A> p : model.properties()) {
            if (p instanceof Property.Always<S, A> a && !a.holds().test(state)) {
                out.add("!! " + p.name() + " broken here: " + p.description());
            } else if (p instanceof Property.OnStep<S, A> o && before != null
                    && !o.holds().test(before, action, state)) {
                out.add("!! " + p.name() + " broken by step " + step + ": " + p.description());
            } else if (p instanceof Property.Sometimes<S, A> s && s.reached().test(state)) {
                out.add("   " + p.name() + " reached here: " + p.description());
            } else if (p instanceof Property.AtEnd<S, A> e && deadEnd) {
                out.add(e.holds().test(state) ? "   " + p.name() + " holds at this dead end: " + p.description()
                        : "!! " + p.name() + " broken at this dead end: " + p.description());
            }
        }
        return out;
    }

    /** The enabled steps, numbered from 1, with their tokens and descriptions. */
    static <S, A> String steps(Model<S, A> model, S state, List<A> enabled, int width) {
        if (enabled.isEmpty()) {
            return "no step is enabled: this run is over ('back' or 'reset')\n";
        }
        StringBuilder sb = new StringBuilder("enabled steps (type a number; 'help' lists commands):\n");
        int numWidth = String.valueOf(enabled.size()).length();
        List<String> tokens = new ArrayList<>();
        int tokenWidth = 0;
        for (A a : enabled) {
            String t = model.token(state, a);
            tokens.add(t);
            if (t.length() <= TOKEN_COLUMN) {
                tokenWidth = Math.max(tokenWidth, t.length());
            }
        }
        for (int i = 0; i < enabled.size(); i++) {
            String number = String.valueOf(i + 1);
            String head = " ".repeat(2 + numWidth - number.length()) + number + "  ";
            String token = tokens.get(i);
            String text = model.describe(state, enabled.get(i));
            if (token.length() > tokenWidth) {
                sb.append(head).append(token).append('\n');
                head = " ".repeat(head.length() + tokenWidth + 2);
            } else {
                head = head + Wrap.pad(token, tokenWidth) + "  ";
            }
            sb.append(Wrap.hanging(head, text, width));
        }
        return sb.toString();
    }
}
