package dev.sledcheck.model.omicron;

import static dev.sledcheck.model.omicron.Step.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.omicron.agent.Vmm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A VMM as the agents hold it: the rules of docs/model.md's agent steps, one by one. */
class VmmTest {

    private static final List<Propolis> STOP = List.of(Propolis.STOPPING, Propolis.STOPPED, Propolis.DESTROYED);

    /**
     * The real runner's stop (sled-agent/src/instance.rs put_state @dbcd860db265 L2144-2160): Stopping
     * at gen + 1 always; propolis is asked to stop only if it is not stopping already.
     */
    @Test
    void theRunnerQueuesTheStopSequenceOnlyOnAVmmNotStoppingAlready() {
        Vmm running = new Vmm(V1, VmmState.RUNNING, 4, List.of(), false);
        assertEquals(new Vmm(V1, VmmState.STOPPING, 5, STOP, false), running.stopAsRunner());
        for (Propolis last : List.of(Propolis.STOPPING, Propolis.STOPPED, Propolis.DESTROYED)) {
            Vmm v = new Vmm(V1, VmmState.RUNNING, 4, List.of(last), false);
            assertEquals(List.of(last), v.stopAsRunner().queue(), last.name());
            assertEquals(5, v.stopAsRunner().gen());
        }
    }

    /** sim/instance.rs L211-237: Run queues Running on a VMM resting in Starting, and leaves any other alone. */
    @Test
    void runQueuesRunningOnlyOnAVmmRestingInStarting() {
        Vmm starting = Vmm.registered(V1, VmmState.STARTING, 2);
        assertEquals(List.of(Propolis.RUNNING), starting.runRequested().queue());
        Vmm running = new Vmm(V1, VmmState.STARTING, 2, List.of(Propolis.RUNNING), false);
        assertSame(running, running.runRequested());
    }

    /** Each applied state bumps gen by 1; only applying a propolis Destroyed sets the destroyed flag. */
    @Test
    void onlyAPropolisDestroyedMarksTheVmmDestroyed() {
        Vmm v = new Vmm(V1, VmmState.STARTING, 2, List.of(Propolis.RUNNING, Propolis.STOPPING, Propolis.STOPPED,
                Propolis.DESTROYED), false);
        for (int gen = 3; gen <= 5; gen++) {
            v = v.advanced();
            assertEquals(gen, v.gen());
            assertFalse(v.destroyed(), v.toString());
            assertFalse(v.finished());
        }
        v = v.advanced();
        assertEquals(new Vmm(V1, VmmState.DESTROYED, 6, List.of(), true), v);
        assertTrue(v.finished());
        assertFalse(v.drained() && !v.finished(), "drained and finished");
    }

    /** A rude termination is Destroyed at gen + 1 with nothing left, but not destroyed by propolis. */
    @Test
    void aRudeTerminationIsNotFinished() {
        Vmm rude = new Vmm(V1, VmmState.RUNNING, 4, List.of(Propolis.STOPPING), false).terminatedRudely();
        assertEquals(new Vmm(V1, VmmState.DESTROYED, 5, List.of(), false), rude);
        assertFalse(rude.finished());
    }
}
