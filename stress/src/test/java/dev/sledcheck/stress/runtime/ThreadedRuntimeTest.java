package dev.sledcheck.stress.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.Network;
import dev.sledcheck.model.actor.SameThread;
import dev.sledcheck.model.actor.SystemBuilder;
import dev.sledcheck.model.actor.SystemState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

class ThreadedRuntimeTest {

    private static ThreadedRuntime<String, List<String>> runtime(ActorSystem<String, List<String>> system,
                                                               StepObserver<String, List<String>> observer) {
        return new ThreadedRuntime<>(system, system.initialStates().get(0), Tally::deferred, observer);
    }

    @Test
    void aSystemWithFaultsOrTimersIsTheCheckersNotThreads() {
        for (SystemBuilder<String, List<String>> b : List.of(Tally.builder(1).network(Network.lossy(1)),
                Tally.builder(1).network(Network.RELIABLE.duplicating(1)), Tally.builder(1).timers())) {
            ActorSystem<String, List<String>> system = b.build();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runtime(system, s -> { }));
            assertTrue(e.getMessage().contains("reliable network and no timers"), e.getMessage());
        }
    }

    @Test
    void aThreadDeliversRepliesFirstAndDeferredWorkLast() {
        ActorSystem<String, List<String>> system = Tally.system(1);
        List<String> order = new ArrayList<>();
        ThreadedRuntime<String, List<String>> rt = runtime(system, s -> order.add(system.label(s.delivered().msg())
                + "@" + system.entry(s.delivered().dst()).name()));
        rt.run(rt.roots().get(0));
        assertEquals(List.of("go@client0", "a@writer", "ack@client0", "b@writer", "ack@client0", "note@auditor"), order);
        SystemState<String, List<String>> end = rt.snapshot();
        assertEquals(List.of("a2", "b2", "note2"), end.store());
        assertEquals(List.of(2, 1, 2), end.actors());
    }

    @Test
    void aLocalStepSeesTheStoreOnlyWhenAskedAndAStoreStepSeesBothSides() {
        ActorSystem<String, List<String>> system = Tally.system(1);
        List<String> seen = new ArrayList<>();
        ThreadedRuntime<String, List<String>> rt = runtime(system, s -> seen.add(s.access() + " " + s.storeBefore()
                + " -> " + s.storeAfter()));
        rt.run(rt.roots().get(0));
        assertEquals(List.of("LOCAL [] -> []", "STORE [] -> [a2]", "LOCAL [a2] -> [a2]", "STORE [a2] -> [a2, b2]",
                "LOCAL [a2, b2] -> [a2, b2]", "STORE [a2, b2] -> [a2, b2, note2]"), seen);
    }

    /** Every store two clients can end with when each runs on its own thread, per the checker's model. */
    private static Set<List<String>> sameThreadEnds(ActorSystem<String, List<String>> system) {
        SameThread<String, List<String>> m = SameThread.fromInitial(system, Tally::deferred);
        Set<SameThread.State<String, List<String>>> seen = new HashSet<>(m.initialStates());
        Deque<SameThread.State<String, List<String>>> todo = new ArrayDeque<>(seen);
        Set<List<String>> ends = new HashSet<>();
        List<SameThread.Turn<String>> turns = new ArrayList<>();
        while (!todo.isEmpty()) {
            SameThread.State<String, List<String>> s = todo.poll();
            turns.clear();
            m.actions(s, turns);
            if (turns.isEmpty()) {
                ends.add(s.store());
            }
            for (SameThread.Turn<String> t : turns) {
                SameThread.State<String, List<String>> n = m.next(s, t);
                if (seen.add(n)) {
                    todo.add(n);
                }
            }
        }
        return ends;
    }

    @Test
    void realThreadsEndOnlyWhereTheSameThreadModelCanEnd() throws Exception {
        ActorSystem<String, List<String>> system = Tally.system(2);
        Set<List<String>> possible = sameThreadEnds(system);
        assertEquals(20, possible.size(), "interleavings of two threads of three writes each");
        Set<List<String>> seen = Collections.synchronizedSet(new HashSet<>());
        for (int i = 0; i < 300; i++) {
            ThreadedRuntime<String, List<String>> rt = runtime(system, s -> { });
            CyclicBarrier start = new CyclicBarrier(2);
            List<Thread> threads = new ArrayList<>();
            for (Envelope<String> root : rt.roots()) {
                threads.add(new Thread(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    rt.run(root);
                }));
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }
            SystemState<String, List<String>> end = rt.snapshot();
            assertEquals(List.of(4, 2, 2, 2), end.actors(), "every message delivered exactly once");
            seen.add(end.store());
        }
        assertTrue(possible.containsAll(seen), "seen " + seen + ", possible " + possible);
    }
}
