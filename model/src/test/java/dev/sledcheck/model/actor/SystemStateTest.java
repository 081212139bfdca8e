package dev.sledcheck.model.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.OmicronModel;
import dev.sledcheck.model.omicron.Options;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.omicron.nexus.Db;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A step updates its successor's fingerprint from its parts; the result must be exactly what a
 * state built from scratch gets, or equal states reached by different paths would be told apart.
 */
class SystemStateTest {

    @Test
    void aStepsFingerprintEqualsTheFingerprintComputedFromScratch() {
        Options o = Options.defaults(Scenario.SCALE).withInstances(2).withPasses(2).withUserStop(true);
        ActorSystem<Msg, Db> system = OmicronModel.build(new Configuration(Scenario.SCALE, o, Variant.SIM_BUG));
        SplittableRandom random = new SplittableRandom(7282);
        List<Envelope<Msg>> enabled = new ArrayList<>();
        int steps = 0;
        for (int walk = 0; walk < 50; walk++) {
            SystemState<Msg, Db> s = system.initialStates().get(0);
            while (true) {
                SystemState<Msg, Db> scratch = new SystemState<>(s.actors(), s.store(), s.network());
                assertEquals(scratch.fingerprint(), s.fingerprint(), "after " + steps + " steps");
                assertEquals(scratch, s);
                assertEquals(scratch.hashCode(), s.hashCode());
                enabled.clear();
                system.actions(s, enabled);
                if (enabled.isEmpty()) {
                    break;
                }
                s = system.next(s, enabled.get(random.nextInt(enabled.size())));
                steps++;
            }
        }
    }
}
