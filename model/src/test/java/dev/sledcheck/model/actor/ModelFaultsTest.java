package dev.sledcheck.model.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Faults a model names ({@link Faults}): a sender sends "m" to a receiver that sums what it gets
 * (m is 1, the notice "late" is 10); a fault "timeout" may strike m, at most once, keeping its
 * budget in the receiver's state. The notice replaces the message in the same step.
 */
class ModelFaultsTest {

    /** Sends "m" twice at start. */
    record Sender(Id to) implements Actor<String, String, Void> {
        public String init(Id self, Ctx<String, Void> ctx) {
            ctx.send(to, "m");
            ctx.send(to, "m");
            return "sent";
        }

        public String receive(Id self, String state, Id from, String msg, Ctx<String, Void> ctx) {
            return state;
        }
    }

    /** Adds 1 for "m", 10 for the notice "late", noting the notice. */
    record Summer() implements Actor<Integer, String, Void> {
        public Integer init(Id self, Ctx<String, Void> ctx) {
            return 0;
        }

        public Integer receive(Id self, Integer state, Id from, String msg, Ctx<String, Void> ctx) {
            if (msg.equals("late")) {
                ctx.note(() -> "m timed out");
            }
            return state + (msg.equals("late") ? 10 : 1);
        }
    }

    private static final Id RECEIVER = new Id(1);

    /** At most one "timeout" in a run: the receiver's sum shows whether one struck. */
    private static final Faults<String, Void> ONE_TIMEOUT = (state, e, into) -> {
        int sum = state.actor(RECEIVER);
        if (sum < 10 && e.msg().equals("m")) {
            into.add(Envelope.fault("timeout", e, RECEIVER, "late"));
        }
    };

    private static ActorSystem<String, Void> system(Faults<String, Void> faults) {
        SystemBuilder<String, Void> b = ActorSystem.<String>builder();
        if (faults != null) {
            b.faults(faults);
        }
        b.add("sender", new Sender(RECEIVER));
        b.add("receiver", new Summer());
        return b.build();
    }

    @Test
    void aFaultReplacesTheMessageByItsNoticeInOneStepWithinTheModelsBudget() {
        ActorSystem<String, Void> s = system(ONE_TIMEOUT);
        Set<Integer> sums = Reach.ends(s).stream().map(e -> e.<Integer>actor(RECEIVER))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(2, 11), sums, "no fault, or one: never both messages struck");
        SystemState<String, Void> init = s.initialStates().get(0);
        List<Envelope<String>> actions = new ArrayList<>();
        s.actions(init, actions);
        // Two copies of m are neighbours: one delivery and one fault are offered for them.
        assertEquals(List.of("receiver:m", "timeout:receiver:m"), actions.stream().map(a -> s.token(init, a)).toList());
        SystemState<String, Void> struck = s.next(init, actions.get(1));
        assertEquals(1, struck.network().size(), "the struck copy left the network; the notice was never in it");
        assertEquals(10, struck.<Integer>actor(RECEIVER));
        assertEquals("m timed out", s.describe(init, actions.get(1)));
        assertEquals("receiver", s.actor(init, actions.get(1)));
        assertEquals("sender", s.sender(init, actions.get(1)), "the notice comes from the struck message's sender");
    }

    @Test
    void withoutFaultsNothingChanges() {
        ActorSystem<String, Void> s = system(null);
        assertEquals(Set.of(2), Reach.ends(s).stream().map(e -> e.<Integer>actor(RECEIVER)).collect(Collectors.toSet()));
        assertTrue(!s.hasFaults());
    }

    @Test
    void aFaultStrikesOnlyAMessageInFlightAndIsNamedByAWord() {
        Envelope<String> m = new Envelope<>(new Id(0), RECEIVER, "m");
        assertThrows(IllegalArgumentException.class, () -> Envelope.fault("time out", m, RECEIVER, "late"));
        assertThrows(IllegalArgumentException.class, () -> Envelope.fault("a:b", m, RECEIVER, "late"));
        assertThrows(IllegalArgumentException.class,
                () -> Envelope.fault("timeout", Envelope.timer(RECEIVER, "t"), RECEIVER, "late"));
        Envelope<String> f = Envelope.fault("timeout", m, RECEIVER, "late");
        assertEquals(f, Envelope.fault("timeout", m, RECEIVER, "late"));
        assertTrue(!f.equals(Envelope.fault("loss", m, RECEIVER, "late")), "the kind tells faults apart");
        assertThrows(IllegalArgumentException.class, () -> f.with(Envelope.Fate.DELIVER));
    }
}
