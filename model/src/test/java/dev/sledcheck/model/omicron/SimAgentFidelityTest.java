package dev.sledcheck.model.omicron;

import static dev.sledcheck.model.omicron.Step.ROLES;
import static dev.sledcheck.model.omicron.Step.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sledcheck.model.omicron.agent.SimAgent;
import dev.sledcheck.model.omicron.agent.Vmm;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Departures 2 and 4: the simulated agent's stop (sled-agent/src/sim/ @d337333577c5) decides on
 * the resting state, and {@code sim_ensure} puts the object back whatever the stop did.
 */
class SimAgentFidelityTest {

    private static final List<Propolis> STOP_QUEUED = List.of(Propolis.STOPPING, Propolis.STOPPED, Propolis.DESTROYED);

    private static Step<SimAgent.State> stopApply(RemovalOrder order, Vmm v) {
        SimAgent agent = new SimAgent(order, ROLES, List.of(v));
        return Step.run(agent, ROLES.agent(), new SimAgent.State(List.of(v)), Step.db(VmmState.STOPPING, 3, false),
                ROLES.agent(), new Msg.StopApply(V1));
    }

    /** instance.rs L238-259, L350-375: a stop while a stop sequence is queued is a no-op answered with the current state. */
    @Test
    void stopWhileAStopIsPendingIsANoOp() {
        Vmm running = new Vmm(V1, VmmState.RUNNING, 4, STOP_QUEUED, false);
        assertSame(running, running.stopAsSimulated());
        Step<SimAgent.State> s = stopApply(RemovalOrder.REMOVE_THEN_PUBLISH, running);
        assertEquals(List.of(running), s.state().table());
        assertEquals(List.of(ROLES.user().index() + ":stop-reply(v1,200:Running/4)"), s.tokens());
    }

    /** Running with nothing pending stops gracefully: Stopping at gen + 1, then Stopping, Stopped, Destroyed. */
    @Test
    void stopOfARunningVmmQueuesTheStopSequence() {
        Vmm next = new Vmm(V1, VmmState.STARTING, 2, List.of(Propolis.RUNNING), false).stopAsSimulated();
        assertEquals(new Vmm(V1, VmmState.STOPPING, 3,
                List.of(Propolis.RUNNING, Propolis.STOPPING, Propolis.STOPPED, Propolis.DESTROYED), false), next);
    }

    /**
     * collection.rs L358-360: sim_ensure re-inserts an existing object; a rude termination
     * (common/instance.rs L339-356) is Destroyed at gen + 1 without the destroyed flag, so neither
     * order ever removes it.
     */
    @Test
    void aStopNeverRemovesTheVmm() {
        for (RemovalOrder order : RemovalOrder.values()) {
            Step<SimAgent.State> s = stopApply(order, Vmm.registered(V1, VmmState.STARTING, 2));
            Vmm after = s.state().vmm(V1);
            assertNotNull(after, order.name());
            assertEquals(VmmState.DESTROYED + "/3", after.state() + "/" + after.gen());
            assertFalse(after.finished(), "not marked destroyed");
        }
    }

    /** instance.rs L443-449: a VMM gone between look-up and apply makes SimInstance::new assert: no answer. */
    @Test
    void stopOfAVanishedVmmDropsTheConnection() {
        SimAgent agent = new SimAgent(RemovalOrder.REMOVE_THEN_PUBLISH, ROLES, List.of());
        Step<SimAgent.State> s = Step.run(agent, ROLES.agent(), new SimAgent.State(List.of()),
                Step.db(VmmState.STOPPING, 6, false), ROLES.agent(), new Msg.StopApply(V1));
        assertEquals(List.of(ROLES.user().index() + ":stop-reply(v1,dropped)"), s.tokens());
    }

    /** collection.rs L238-269: under omicron's order the poke that applies Destroyed removes it before the PUT. */
    @Test
    void pokeRemovesBeforePublishingUnderTheBugOnly() {
        Vmm last = new Vmm(V1, VmmState.STOPPING, 6, List.of(Propolis.DESTROYED), false);
        for (RemovalOrder order : RemovalOrder.values()) {
            SimAgent agent = new SimAgent(order, ROLES, List.of(last));
            Step<SimAgent.State> s = Step.run(agent, ROLES.agent(), new SimAgent.State(List.of(last)),
                    Step.db(VmmState.STOPPING, 6, false), ROLES.agent(), new Msg.Poke(V1));
            assertEquals(List.of(ROLES.nexus().index() + ":put(v1,Destroyed/7)"), s.tokens());
            assertEquals(order == RemovalOrder.REMOVE_THEN_PUBLISH, s.state().vmm(V1) == null, order.name());
        }
    }
}
