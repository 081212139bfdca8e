package dev.sledcheck.explore;

import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.reports.Wrap;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The explorer's {@code diff}: the facets the last step changed, old value to new. */
final class Diff {

    private Diff() {}

    static <S, A> void print(Model<S, A> model, Session<S, A> session, PrintWriter out, int width) {
        S before = session.previous();
        if (before == null) {
            out.println("no step taken yet");
            return;
        }
        List<Facet> then = Screen.facetsOf(model, before);
        List<Facet> now = Screen.facetsOf(model, session.current());
        List<String> changes = new ArrayList<>();
        for (Facet f : now) {
            Optional<Facet> old = then.stream().filter(t -> t.name().equals(f.name())).findFirst();
            if (old.isEmpty()) {
                changes.add(f.name() + ": (new) " + f.value());
            } else if (!old.get().value().equals(f.value())) {
                changes.add(f.name() + ": " + old.get().value() + "  ->  " + f.value());
            }
        }
        for (Facet t : then) {
            if (now.stream().noneMatch(f -> f.name().equals(t.name()))) {
                changes.add(t.name() + ": " + t.value() + "  ->  (gone)");
            }
        }
        String token = model.token(before, session.lastMove());
        if (changes.isEmpty()) {
            out.println("step " + session.depth() + " (" + token + ") changed no facet");
            return;
        }
        out.println("step " + session.depth() + " (" + token + ") changed:");
        for (String c : changes) {
            out.print(Wrap.hanging("  ", c, width));
        }
    }
}
