package dev.sledcheck.model.omicron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.omicron.nexus.Db;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two senders' messages with one label to one receiver get tokens that name their senders: under
 * gen-le with a racing stop and no watcher, the PUT handler and the stop can both start a saga for
 * i0 at once, and a schedule must tell the two apart (before, both printed {@code saga:start(i0)}).
 */
class SenderTokensTest {

    @Test
    void twoSagaStartsFromTwoSendersHaveTwoTokens() {
        Configuration c = new Configuration(Scenario.SEED_7282,
                Options.defaults(Scenario.SEED_7282).withPasses(0).withUserStop(true), Variant.GEN_LE);
        ActorSystem<Msg, Db> m = OmicronModel.build(c);
        List<Envelope<Msg>> enabled = new ArrayList<>();
        for (SystemState<Msg, Db> s : Breadth.first(m, Integer.MAX_VALUE)) {
            enabled.clear();
            m.actions(s, enabled);
            List<String> starts = enabled.stream().map(e -> m.token(s, e)).filter(t -> t.startsWith("saga:start(i0)"))
                    .toList();
            if (starts.size() == 2) {
                assertEquals(Set.of("saga:start(i0)@nexus", "saga:start(i0)@user"), Set.copyOf(starts));
                return;
            }
            assertTrue(starts.size() < 2);
        }
        throw new AssertionError("no state with two saga starts for i0 from two senders: the test checks nothing");
    }
}
