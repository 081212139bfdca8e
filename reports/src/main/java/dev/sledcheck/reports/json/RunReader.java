package dev.sledcheck.reports.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.core.Ledger;
import dev.sledcheck.model.run.Message;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Step;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A result document's {@code run} back into a {@link Run}: the inverse of {@link RunJson}. A
 * run's {@code length} and {@code schedule} are derived, so not read. Files written before a field
 * existed read as they always did: {@code initial} 0; no {@code actors} (lifelines in order of
 * appearance), no {@code start}, no {@code sent} (nothing drawn in flight), no {@code marks}, and
 * reads of {@link Facet#EVERY} (a slice then keeps every step that changed anything read).
 */
final class RunReader {
    private final Fields f;

    /** What every diagram noted before models named their ledger. */
    static final Ledger OLD_LEDGER = new Ledger("Nexus's rows (as they change)", "nexus ");

    RunReader(Fields f) {
        this.f = f;
    }

    Run read(JsonNode n, String p) {
        if (!n.isObject()) {
            throw f.bad(p, "expected an object or null");
        }
        List<Step> steps = f.list(n, p, "steps", this::step);
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.number() != i + 1) {
                throw f.bad(p + "/steps/" + i + "/number", "expected " + (i + 1) + ", got " + s.number());
            }
            if (s.enabledBy() < 0 || s.enabledBy() >= s.number()) {
                throw f.bad(p + "/steps/" + i + "/enabledBy", "must name an earlier step or 0, got " + s.enabledBy());
            }
        }
        long initial = n.has("initial") ? f.integer(n, p, "initial") : 0;
        if (initial < 0 || initial > Integer.MAX_VALUE) {
            throw f.bad(p + "/initial", "expected an index >= 0, got " + initial);
        }
        List<Facet> start = n.has("start") ? facets(f.object(n, p, "start"), p + "/start") : List.of();
        // Files written before runs named their ledger note Nexus's rows, the one ledger there was.
        Ledger ledger = n.has("ledger") ? new Ledger(f.text(f.object(n, p, "ledger"), p + "/ledger", "heading"),
                f.text(f.object(n, p, "ledger"), p + "/ledger", "prefix")) : OLD_LEDGER;
        return new Run((int) initial, f.optionalStrings(n, p, "actors", List.of()), start, steps, ledger);
    }

    private Step step(JsonNode sn, String sp) {
        List<Facet> after = facets(f.object(sn, sp, "after"), sp + "/after");
        List<Message> sent = f.optionalList(sn, sp, "sent", (mn, mp) -> {
            if (!mn.isObject()) {
                throw f.bad(mp, "expected an object");
            }
            return new Message(f.text(mn, mp, "to"), f.text(mn, mp, "token"));
        }, List.of());
        return new Step((int) f.integer(sn, sp, "number"), f.text(sn, sp, "actor"), f.text(sn, sp, "from"),
                f.text(sn, sp, "token"), f.text(sn, sp, "text"), f.strings(sn, sp, "breaks"),
                (int) f.integer(sn, sp, "enabledBy"), after, sent,
                f.optionalStrings(sn, sp, "reads", List.of(Facet.EVERY)), f.optionalStrings(sn, sp, "marks", List.of()));
    }

    private List<Facet> facets(JsonNode object, String p) {
        List<Facet> facets = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw f.bad(p + "/" + e.getKey(), "expected a string");
            }
            facets.add(new Facet(e.getKey(), e.getValue().textValue()));
        }
        return facets;
    }
}
