package dev.sledcheck.model.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sledcheck.model.core.Facet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Without an explainer, a system with its default facets says what a step reads (the receiver's
 * state, and the store when it may touch it), one with facets of its own says "every facet"; the
 * actors' names come in the order they were added.
 */
class ExplainerTest {

    /** Counts the pings it gets and, with store access, adds them to the store too. */
    record Counter() implements Actor<Integer, String, Integer> {
        public Integer init(Id self, Ctx<String, Integer> ctx) {
            ctx.send(self, "ping");
            return 0;
        }

        public Integer receive(Id self, Integer state, Id from, String msg, Ctx<String, Integer> ctx) {
            return state + 1;
        }
    }

    private static ActorSystem.Builder<Integer, String> two() {
        ActorSystem.Builder<Integer, String> b = ActorSystem.builder(0);
        b.add("local", new Counter(), Access.LOCAL);
        b.add("shared", new Counter(), Access.STORE);
        return b;
    }

    private static List<List<String>> reads(ActorSystem<Integer, String> s) {
        SystemState<Integer, String> state = s.initialStates().get(0);
        List<Envelope<String>> enabled = new ArrayList<>();
        s.actions(state, enabled);
        return enabled.stream().map(e -> s.reads(state, e)).toList();
    }

    @Test
    void theDefaultFacetsAreReadByTheirOwnActorAndTheStoreByThoseWithAccess() {
        ActorSystem<Integer, String> s = two().build();
        assertEquals(List.of(List.of("local"), List.of("shared", "store")), reads(s));
        List<String> facets = s.facets(s.initialStates().get(0)).stream().map(Facet::name).toList();
        assertEquals(List.of("local", "shared", "store", "in flight"), facets, "the names the reads use");
        assertEquals(List.of("local", "shared"), s.actorNames());
    }

    @Test
    void facetsOfItsOwnWithoutAnExplainerMayBeReadAll() {
        ActorSystem<Integer, String> s = two().facets((sys, st) -> List.of(new Facet("total", "0"))).build();
        assertEquals(List.of(List.of(Facet.EVERY), List.of(Facet.EVERY)), reads(s));
        assertEquals(List.of(), s.marks(s.initialStates().get(0), null, null), "no explainer, no marks");
    }
}
