package dev.sledcheck.model.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The actor layer without a store, with typed handles, timers and a faulty network: a sender sends
 * one message to a receiver that counts what it gets. Each fault and the timer show in the ends.
 */
class FaultsAndTimersTest {

    /** Sends "m" once, at start. */
    record Sender(Id to) implements Actor<String, String, Void> {
        public String init(Id self, Ctx<String, Void> ctx) {
            ctx.send(to, "m");
            return "sent";
        }

        public String receive(Id self, String state, Id from, String msg, Ctx<String, Void> ctx) {
            return state;
        }
    }

    /** Counts the messages it receives. */
    record Counter() implements Actor<Integer, String, Void> {
        public Integer init(Id self, Ctx<String, Void> ctx) {
            return 0;
        }

        public Integer receive(Id self, Integer state, Id from, String msg, Ctx<String, Void> ctx) {
            return state + 1;
        }
    }

    private static final Id RECEIVER = new Id(1);

    private static Set<Integer> counts(ActorSystem<String, Void> system, Ref<Integer> counter) {
        return Reach.ends(system).stream().map(counter::in).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static ActorSystem<String, Void> pair(Network network, List<Ref<Integer>> counter) {
        SystemBuilder<String, Void> b = ActorSystem.<String>builder().network(network);
        b.add("sender", new Sender(RECEIVER));
        counter.add(b.add("receiver", new Counter()));
        return b.build();
    }

    @Test
    void aReliableNetworkDeliversOnceAndStatesNoBound() {
        List<Ref<Integer>> counter = new ArrayList<>();
        ActorSystem<String, Void> s = pair(Network.RELIABLE, counter);
        assertEquals(Set.of(1), counts(s, counter.get(0)));
        assertEquals("", s.bounds());
        assertEquals(new Id(1), counter.get(0).id(), "handles carry the ids actors get in order");
    }

    @Test
    void aLossyNetworkMayLoseTheMessageAndSaysSo() {
        List<Ref<Integer>> counter = new ArrayList<>();
        ActorSystem<String, Void> s = pair(Network.lossy(1), counter);
        assertEquals(Set.of(0, 1), counts(s, counter.get(0)));
        assertEquals("the network loses at most 1 message and duplicates at most 0", s.bounds());
        SystemState<String, Void> init = s.initialStates().get(0);
        List<Envelope<String>> actions = new ArrayList<>();
        s.actions(init, actions);
        assertEquals(List.of("receiver:m", "lose:receiver:m"), actions.stream().map(a -> s.token(init, a)).toList());
        SystemState<String, Void> lost = s.next(init, actions.get(1));
        assertEquals(1, lost.lost());
        assertTrue(lost.network().isEmpty());
        assertEquals("the network loses m from sender", s.describe(init, actions.get(1)));
    }

    @Test
    void aDuplicatingNetworkMayDeliverTwiceWithinItsBudget() {
        List<Ref<Integer>> counter = new ArrayList<>();
        assertEquals(Set.of(1, 2), counts(pair(Network.RELIABLE.duplicating(1), counter), counter.get(0)));
        counter.clear();
        assertEquals(Set.of(1, 2, 3), counts(pair(Network.RELIABLE.duplicating(2), counter), counter.get(0)));
        counter.clear();
        assertEquals(Set.of(0, 1, 2), counts(pair(new Network(1, 1), counter), counter.get(0)));
    }

    /** Sets a timer at start; when it fires, sends "tick" to the receiver, up to twice; cancels on a stop. */
    record Ticker(Id to) implements Actor<Integer, String, Void> {
        public Integer init(Id self, Ctx<String, Void> ctx) {
            ctx.setTimer("t");
            ctx.setTimer("t"); // set twice: still one timer
            return 0;
        }

        public Integer receive(Id self, Integer state, Id from, String msg, Ctx<String, Void> ctx) {
            ctx.cancelTimer("t");
            return -1;
        }

        public Integer timeout(Id self, Integer state, String timer, Ctx<String, Void> ctx) {
            ctx.send(to, "tick");
            if (state < 1) {
                ctx.setTimer("t");
            }
            return state + 1;
        }
    }

    @Test
    void timersFireAtAnyMomentOnceEachAndAreNeverLost() {
        SystemBuilder<String, Void> b = ActorSystem.<String>builder().timers().network(Network.lossy(1));
        Ref<Integer> ticker = b.add("ticker", new Ticker(new Id(1)));
        Ref<Integer> counter = b.add("receiver", new Counter());
        ActorSystem<String, Void> s = b.build();
        SystemState<String, Void> init = s.initialStates().get(0);
        assertEquals(1, init.network().size(), "a timer set twice is set once");
        List<Envelope<String>> actions = new ArrayList<>();
        s.actions(init, actions);
        assertEquals(List.of("ticker:timeout:t"), actions.stream().map(a -> s.token(init, a)).toList(),
                "a timer is not the network's to lose");
        assertEquals(Set.of(2), Reach.ends(s).stream().map(ticker::in).collect(Collectors.toSet()));
        assertEquals(Set.of(1, 2), Reach.ends(s).stream().map(counter::in).collect(Collectors.toSet()),
                "two ticks, of which the budget lets the network lose one");
        assertTrue(s.bounds().contains("timers fire at any moment while set"), s.bounds());
    }

    @Test
    void aTimerNeedsASystemBuiltForTimers() {
        SystemBuilder<String, Void> b = ActorSystem.builder();
        b.add("ticker", new Ticker(new Id(0)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.build().initialStates());
        assertTrue(e.getMessage().contains("SystemBuilder.timers()"), e.getMessage());
    }

    @Test
    void cancellingATimerTakesItOutOfFlight() {
        SystemBuilder<String, Void> b = ActorSystem.<String>builder().timers();
        Ref<Integer> ticker = b.add("ticker", new Ticker(new Id(1)));
        b.add("stopper", new Sender(new Id(0)));
        ActorSystem<String, Void> s = b.build();
        SystemState<String, Void> init = s.initialStates().get(0);
        Envelope<String> stop = init.network().stream().filter(e -> !e.isTimer()).findFirst().orElseThrow();
        SystemState<String, Void> after = s.next(init, stop);
        assertEquals(-1, ticker.in(after));
        assertFalse(after.network().stream().anyMatch(Envelope::isTimer), "the stop cancelled the timer");
    }
}
