package dev.sledcheck.model.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.core.Property;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SameThreadTest {

    private static Set<List<String>> endLogs(dev.sledcheck.model.core.Model<?, ?> model) {
        Set<List<String>> logs = new HashSet<>();
        for (Object s : Reach.ends(model)) {
            logs.add(s instanceof SameThread.State<?, ?> st ? cast(st.store()) : cast(((SystemState<?, ?>) s).store()));
        }
        return logs;
    }

    @SuppressWarnings("unchecked")
    private static List<String> cast(Object store) {
        return (List<String>) store;
    }

    @Test
    void oneThreadRunsRepliesInOrderAndDeferredWorkLast() {
        ActorSystem<String, List<String>> system = Logbook.system(1, 1);
        SameThread<String, List<String>> narrowed = SameThread.fromInitial(system, Logbook::deferred);
        assertEquals(Set.of(List.of("a2", "b2", "note2")), endLogs(narrowed));
        // The full system delivers the three messages in any order.
        assertEquals(6, endLogs(system).size());
    }

    @Test
    void twoThreadsInterleaveButEachKeepsItsOrder() {
        ActorSystem<String, List<String>> system = Logbook.system(2, 1);
        Set<List<String>> narrowed = endLogs(SameThread.fromInitial(system, Logbook::deferred));
        // Interleavings of two sequences of three: 6! / (3! 3!) = 20.
        assertEquals(20, narrowed.size());
        Set<List<String>> full = endLogs(system);
        assertTrue(full.containsAll(narrowed), "every same-thread run is a run of the full system");
        assertTrue(full.size() > narrowed.size());
    }

    @Test
    void propertiesAreTheSystemsJudgedOnTheView() {
        ActorSystem<String, List<String>> system = Logbook.system(1, 1);
        SameThread<String, List<String>> narrowed = SameThread.fromInitial(system, Logbook::deferred);
        assertEquals(List.of("B1"), narrowed.properties().stream().map(Property::name).toList());
        Property.Always<SameThread.State<String, List<String>>, SameThread.Turn<String>> b1 =
                (Property.Always<SameThread.State<String, List<String>>, SameThread.Turn<String>>) narrowed.properties().get(0);
        assertTrue(Reach.states(narrowed).stream().allMatch(b1.holds()), "the narrowing delivers a before b");
        Property.Always<SystemState<String, List<String>>, Envelope<String>> full =
                (Property.Always<SystemState<String, List<String>>, Envelope<String>>) system.properties().get(0);
        assertFalse(Reach.states(system).stream().allMatch(full.holds()), "the full network may reorder them");
    }

    private static List<SameThread.Turn<String>> turns(SameThread<String, List<String>> m,
                                                        SameThread.State<String, List<String>> s) {
        List<SameThread.Turn<String>> turns = new ArrayList<>();
        m.actions(s, turns);
        return turns;
    }

    @Test
    void theViewHasTheThreadsWorkInFlight() {
        ActorSystem<String, List<String>> system = Logbook.system(1, 1);
        SameThread<String, List<String>> narrowed = SameThread.fromInitial(system, Logbook::deferred);
        SameThread.State<String, List<String>> s0 = narrowed.initialStates().get(0);
        SameThread.State<String, List<String>> s1 = narrowed.next(s0, turns(narrowed, s0).get(0));
        // In flight in network order (by receiver); the thread delivers them in its own order.
        assertEquals("writer:a writer:b auditor:note", system.inFlight(narrowed.view(s1)));
        assertTrue(narrowed.facets(s1).stream().anyMatch(f -> f.name().equals("thread 0")
                && f.value().equals("writer:a writer:b auditor:note")), narrowed.facets(s1).toString());
    }

    @Test
    void tokensAreTheSystemsAndTellEqualRootsApart() {
        ActorSystem<String, List<String>> system = Logbook.system(1, 2);
        SameThread<String, List<String>> narrowed = SameThread.fromInitial(system, Logbook::deferred);
        SameThread.State<String, List<String>> s0 = narrowed.initialStates().get(0);
        assertEquals(List.of("client0:go@t0", "client0:go@t1"),
                turns(narrowed, s0).stream().map(t -> narrowed.token(s0, t)).toList());
        SameThread.State<String, List<String>> s1 = narrowed.next(s0, turns(narrowed, s0).get(0));
        assertEquals(List.of("writer:a", "client0:go"),
                turns(narrowed, s1).stream().map(t -> narrowed.token(s1, t)).toList());
    }
}
