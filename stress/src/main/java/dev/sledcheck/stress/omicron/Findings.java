package dev.sledcheck.stress.omicron;

import dev.sledcheck.model.omicron.OmicronProperty;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a history amounts to: the terminal VMM writes that landed, in order, and which of S1v-S4 it
 * breaks. Folded one {@link Happening} at a time, so the checker can carry it through a search and
 * name every outcome a run can end in. The judgements are the model's own
 * ({@link OmicronProperty}'s static methods), read off the history: S1v a Failed VMM row ever held;
 * S1i a Failed instance ever held; S2 a landed write whose gen did not rise; S3 a 404 while the row
 * was neither terminal nor soft-deleted; S4 a restart of an instance asked to stop.
 *
 * @param landedTerminal e.g. {@code Destroyed/7}, one per landed Destroyed or Failed write
 * @param broken         the properties broken, in declaration order
 */
public record Findings(List<String> landedTerminal, List<OmicronProperty> broken) {

    /** The properties a history is judged on. */
    public static final Set<OmicronProperty> JUDGED = EnumSet.of(
            OmicronProperty.S1v, OmicronProperty.S1i, OmicronProperty.S2, OmicronProperty.S3, OmicronProperty.S4);

    public static final Findings NONE = new Findings(List.of(), List.of());

    public Findings {
        landedTerminal = List.copyOf(landedTerminal);
        broken = List.copyOf(broken);
    }

    /** The findings of a whole history. */
    public static Findings of(List<Happening> history) {
        Findings f = NONE;
        for (Happening h : history) {
            f = f.plus(h);
        }
        return f;
    }

    /** The property {@code h} breaks, or {@code null}. */
    public static OmicronProperty breaks(Happening h) {
        if (h instanceof Happening.Wrote w) {
            return OmicronProperty.landedWithoutRaise(w.write()) ? OmicronProperty.S2 : null;
        }
        if (h instanceof Happening.NotFound n) {
            return OmicronProperty.tooEarly(n.answer(), n.rowThen()) ? OmicronProperty.S3 : null;
        }
        if (h instanceof Happening.FailedSeen f) {
            return f.property(); // judged when it was recorded: only a Failed the model's judgement found is seen
        }
        if (h instanceof Happening.Restarted) {
            return OmicronProperty.S4; // likewise: recorded only when the model's judgement said so
        }
        throw new IllegalArgumentException("unknown happening " + h);
    }

    /** These findings and {@code h}'s. */
    public Findings plus(Happening h) {
        List<String> landed = landedTerminal;
        if (h instanceof Happening.Wrote w && w.write().landed() && w.write().state().terminal()) {
            landed = new ArrayList<>(landedTerminal);
            landed.add(w.write().state() + "/" + w.write().gen());
        }
        OmicronProperty p = breaks(h);
        List<OmicronProperty> b = broken;
        if (p != null && !broken.contains(p)) {
            EnumSet<OmicronProperty> set = broken.isEmpty() ? EnumSet.noneOf(OmicronProperty.class) : EnumSet.copyOf(broken);
            set.add(p);
            b = List.copyOf(set);
        }
        return landed == landedTerminal && b == broken ? this : new Findings(landed, b);
    }

    public boolean ok() {
        return broken.isEmpty();
    }

    /** {@code Failed/7 Destroyed/8}, or {@code none}: jcstress's first result field. */
    public String landed() {
        return landedTerminal.isEmpty() ? "none" : String.join(" ", landedTerminal);
    }

    /** {@code S1v S1i S3 S4}, or {@code ok}: jcstress's second result field. */
    public String brokenText() {
        if (broken.isEmpty()) {
            return "ok";
        }
        List<String> names = new ArrayList<>();
        broken.forEach(p -> names.add(p.name()));
        return String.join(" ", names);
    }

    /** The outcome as jcstress prints an {@code LL_Result}: {@code Failed/7, S1v S1i S3 S4}. */
    public String outcome() {
        return landed() + ", " + brokenText();
    }
}
