package dev.sledcheck.stress.omicron;

import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.model.omicron.nexus.Write;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a history amounts to: the terminal VMM writes that landed, in order, and which of S1-S4 it
 * breaks. Folded one {@link Happening} at a time, so the checker can carry it through a search and
 * name every outcome a run can end in. The judgements are the model's properties read off the
 * history: S1 a Failed row or instance ever held; S2 a landed write whose gen did not rise; S3 a
 * 404 while the row was neither terminal nor soft-deleted; S4 a restart of an instance asked to stop.
 *
 * @param landedTerminal e.g. {@code Destroyed/7}, one per landed Destroyed or Failed write
 * @param broken         the properties broken, in declaration order
 */
public record Findings(List<String> landedTerminal, List<OmicronProperty> broken) {

    /** The properties a history is judged on. */
    public static final Set<OmicronProperty> JUDGED =
            EnumSet.of(OmicronProperty.S1, OmicronProperty.S2, OmicronProperty.S3, OmicronProperty.S4);

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
            Write write = w.write();
            return write.landed() && write.gen() <= write.before().gen() ? OmicronProperty.S2 : null;
        }
        if (h instanceof Happening.NotFound n) {
            return n.rowThen().settled() ? null : OmicronProperty.S3;
        }
        if (h instanceof Happening.FailedSeen) {
            return OmicronProperty.S1;
        }
        if (h instanceof Happening.Restarted) {
            return OmicronProperty.S4;
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

    /** {@code S1 S3 S4}, or {@code ok}: jcstress's second result field. */
    public String brokenText() {
        if (broken.isEmpty()) {
            return "ok";
        }
        List<String> names = new ArrayList<>();
        broken.forEach(p -> names.add(p.name()));
        return String.join(" ", names);
    }

    /** The outcome as jcstress prints an {@code LL_Result}: {@code Failed/7, S1 S3 S4}. */
    public String outcome() {
        return landed() + ", " + brokenText();
    }
}
