package dev.sledcheck.model.omicron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.pack.Bytes;
import dev.sledcheck.model.pack.Packing;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first states of a racing stop, breadth first (every kind of message and actor state is met
 * within them), packed and read back, are the same states with the same fingerprints.
 */
class PackedStatesTest {

    private static final int STATES = 20_000;

    @Test
    void theStatesOfARacingStopComeBackEqualWithTheirFingerprints() {
        Configuration c = MatrixOracleTest.configuration(Scenario.byId("seed-7282").orElseThrow(),
                "sim-bug --user-stop");
        Model<SystemState<Msg, Db>, Envelope<Msg>> model = OmicronModel.build(c);
        Packing packing = model.packing();
        Bytes.Out out = new Bytes.Out(64);
        int maxBytes = 0;
        List<SystemState<Msg, Db>> states = Breadth.first(model, STATES);
        for (SystemState<Msg, Db> s : states) {
            out.reset();
            packing.write(s, out);
            maxBytes = Math.max(maxBytes, out.size());
            Object back = packing.read(new Bytes.In(out.array(), 0));
            assertEquals(s, back);
            assertEquals(model.fingerprint(s), model.fingerprint(cast(back)));
        }
        assertEquals(STATES, states.size(), "a search big enough to meet every kind of message");
        assertTrue(maxBytes < 400, "a state packs into a few hundred bytes at most: " + maxBytes);
    }

    @SuppressWarnings("unchecked")
    private static SystemState<Msg, Db> cast(Object o) {
        return (SystemState<Msg, Db>) o;
    }
}
