package dev.sledcheck.reports.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.run.Message;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Step;
import java.util.List;

/** A {@link Run} as the {@code run} object of a result document; {@link RunReader} reads it back. */
final class RunJson {
    private RunJson() {}

    static ObjectNode tree(Run run) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("length", run.length());
        n.put("initial", run.initial());
        n.put("schedule", run.schedule());
        ArrayNode actors = n.putArray("actors");
        run.actors().forEach(actors::add);
        facets(n.putObject("start"), run.start(), "the initial state");
        n.putObject("ledger").put("heading", run.ledger().heading()).put("prefix", run.ledger().prefix());
        ArrayNode steps = n.putArray("steps");
        for (Step s : run.steps()) {
            ObjectNode sn = steps.addObject();
            sn.put("number", s.number());
            sn.put("actor", s.actor());
            sn.put("from", s.from());
            sn.put("token", s.token());
            sn.put("text", s.text());
            ArrayNode breaks = sn.putArray("breaks");
            s.breaks().forEach(breaks::add);
            ArrayNode marks = sn.putArray("marks");
            s.marks().forEach(marks::add);
            sn.put("enabledBy", s.enabledBy());
            ArrayNode sent = sn.putArray("sent");
            for (Message m : s.sent()) {
                sent.addObject().put("to", m.to()).put("token", m.token());
            }
            ArrayNode reads = sn.putArray("reads");
            s.reads().forEach(reads::add);
            facets(sn.putObject("after"), s.after(), "step " + s.number());
        }
        return n;
    }

    /** Facets as an object: one line per facet; names are unique within a state. */
    private static void facets(ObjectNode into, List<Facet> facets, String where) {
        for (Facet f : facets) {
            if (into.has(f.name())) {
                throw new IllegalArgumentException(where + " has two facets named " + f.name());
            }
            into.put(f.name(), f.value());
        }
    }
}
