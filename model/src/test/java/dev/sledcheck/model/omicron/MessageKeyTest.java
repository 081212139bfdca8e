package dev.sledcheck.model.omicron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.omicron.nexus.Db;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Omicron orders the messages in flight by one cached text (kind and label joined by NUL), then by text.
 * That must be the order of the three compared in turn, which is what the network was always sorted
 * by: the order of the actions, and so which of two equally short counterexamples is shown.
 */
class MessageKeyTest {

    private static final Comparator<Msg> IN_TURN = Comparator
            .<Msg, String>comparing(m -> m.getClass().getSimpleName())
            .thenComparing(Msg::label)
            .thenComparing(Object::toString);

    @Test
    void theJoinedKeyOrdersEveryPairOfMessagesAsTheirPartsInTurn() {
        Model<SystemState<Msg, Db>, Envelope<Msg>> model = OmicronModel.build(
                MatrixOracleTest.configuration(Scenario.byId("seed-7282").orElseThrow(), "real-pre --user-stop"));
        Set<Msg> messages = new HashSet<>();
        for (SystemState<Msg, Db> s : Breadth.first(model, 5_000)) {
            List<Envelope<Msg>> network = s.network();
            for (int i = 0; i + 1 < network.size(); i++) {
                Envelope<Msg> a = network.get(i);
                Envelope<Msg> b = network.get(i + 1);
                if (a.dst().equals(b.dst()) && a.src().equals(b.src()) && a.isTimer() == b.isTimer()) {
                    assertTrue(IN_TURN.compare(a.msg(), b.msg()) <= 0, "in order: " + a + ", " + b);
                }
            }
            network.forEach(e -> messages.add(e.msg()));
        }
        assertTrue(messages.size() > 30, "enough kinds of message met: " + messages.size());
        for (Msg a : messages) {
            for (Msg b : messages) {
                int byKey = OmicronModel.messageKey(a).compareTo(OmicronModel.messageKey(b));
                int then = byKey != 0 ? byKey : OmicronModel.BY_TEXT.compare(a, b);
                assertEquals(Integer.signum(IN_TURN.compare(a, b)), Integer.signum(then), a + " vs " + b);
            }
        }
    }
}
