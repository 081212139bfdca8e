package dev.sledcheck.model.omicron;

import static dev.sledcheck.model.omicron.Step.ROLES;
import static dev.sledcheck.model.omicron.Step.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sledcheck.model.omicron.agent.RealAgent;
import dev.sledcheck.model.omicron.agent.Vmm;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Departure 3: the real agent's stop ({@code InstanceRunner::put_state}, sled-agent/src/instance.rs
 * @2d0031ce6d50 and @dbcd860db265) always moves a VMM with a zone to Stopping at gen + 1.
 */
class RealAgentFidelityTest {

    private static Step<RealAgent.State> stop(RemovalOrder order, RealAgent.Runner r) {
        RealAgent agent = new RealAgent(order, ROLES, List.of());
        return Step.run(agent, ROLES.agent(), new RealAgent.State(List.of(r)), Step.db(VmmState.STOPPING, 5, false),
                ROLES.user(), new Msg.Stop(V1));
    }

    /** RA-PRE L2114-2116, RA-FIX L2214-2216: Stopping at gen + 1 even when already Stopping; propolis reports unchanged. */
    @Test
    void stopOfAStoppingVmmStillBumpsItsGen() {
        Vmm stopping = new Vmm(V1, VmmState.STOPPING, 5, List.of(Propolis.STOPPED, Propolis.DESTROYED), false);
        for (RemovalOrder order : RemovalOrder.values()) {
            Step<RealAgent.State> s = stop(order, new RealAgent.Runner(stopping, true, false, 0, 0));
            assertEquals(new Vmm(V1, VmmState.STOPPING, 6, stopping.queue(), false), s.state().vmm(V1));
            assertEquals(List.of(ROLES.user().index() + ":stop-reply(v1,200:Stopping/6)"), s.tokens());
        }
    }

    /** A running VMM: Stopping at gen + 1, and propolis will report Stopping, Stopped, Destroyed. */
    @Test
    void stopOfARunningVmmStopsPropolis() {
        Vmm running = new Vmm(V1, VmmState.RUNNING, 4, List.of(), false);
        Step<RealAgent.State> s = stop(RemovalOrder.PUBLISH_THEN_REMOVE, new RealAgent.Runner(running, true, false, 0, 0));
        assertEquals(new Vmm(V1, VmmState.STOPPING, 5,
                List.of(Propolis.STOPPING, Propolis.STOPPED, Propolis.DESTROYED), false), s.state().vmm(V1));
    }

    /**
     * A VMM registered but never run has no zone: RA-PRE deregisters it at once and answers and
     * publishes Destroyed at gen + 1 (L2067-2070, L1401-1404); RA-FIX asserts a zone exists and the
     * runner panics: deregistered unpublished, a 500 (L2150-2153, L2176-2179).
     */
    @Test
    void stopOfAVmmNeverRunDependsOnTheCommit() {
        RealAgent.Runner unstarted = new RealAgent.Runner(Vmm.registered(V1, VmmState.STARTING, 2), false, false, 0, 0);
        Step<RealAgent.State> pre = stop(RemovalOrder.REMOVE_THEN_PUBLISH, unstarted);
        assertNull(pre.state().vmm(V1));
        assertEquals(List.of(ROLES.user().index() + ":stop-reply(v1,200:Destroyed/3)",
                ROLES.nexus().index() + ":put(v1,Destroyed/3)"), pre.tokens());
        Step<RealAgent.State> fix = stop(RemovalOrder.PUBLISH_THEN_REMOVE, unstarted);
        assertNull(fix.state().vmm(V1));
        assertEquals(List.of(ROLES.user().index() + ":stop-reply(v1,500)"), fix.tokens());
    }

    /** RA-FIX L799-827: a stop that arrives while the final state is published waits; 410 after deregistration. */
    @Test
    void stopDuringTheFinalPublishWaitsForDeregistration() {
        Vmm destroyed = new Vmm(V1, VmmState.DESTROYED, 7, List.of(), true);
        Step<RealAgent.State> held = stop(RemovalOrder.PUBLISH_THEN_REMOVE, new RealAgent.Runner(destroyed, false, true, 0, 0));
        assertEquals(List.of(), held.tokens());
        RealAgent agent = new RealAgent(RemovalOrder.PUBLISH_THEN_REMOVE, ROLES, List.of());
        Step<RealAgent.State> acked = Step.run(agent, ROLES.agent(), held.state(), held.db(), ROLES.nexus(),
                new Msg.Ack(V1, VmmState.DESTROYED, 7));
        assertNull(acked.state().vmm(V1));
        assertEquals(List.of(ROLES.user().index() + ":stop-reply(v1,410)"), acked.tokens());
    }

    /**
     * instance_manager.rs L218-230, L691-704 @2d0031ce6d50: Run for a VMM a stop already
     * deregistered (RA-PRE, no zone) gets 200 with no runtime; Nexus writes nothing. This used to
     * throw, which made {@code real-pre --user-stop} unexplorable.
     */
    @Test
    void runOfAVmmAStopDeregisteredChangesNothing() {
        RealAgent agent = new RealAgent(RemovalOrder.REMOVE_THEN_PUBLISH, ROLES, List.of());
        RealAgent.State empty = new RealAgent.State(List.of());
        Step<RealAgent.State> s = Step.run(agent, ROLES.agent(), empty, Step.db(VmmState.STARTING, 2, false),
                ROLES.reincarnation(), new Msg.Run(V1));
        assertEquals(empty, s.state());
        assertEquals(List.of(), s.tokens());
    }

    /** Run creates the zone; the runner then observes propolis on its own (a poke of itself) and answers 200. */
    @Test
    void runCreatesTheZoneAndTheRunnerObserves() {
        RealAgent agent = new RealAgent(RemovalOrder.PUBLISH_THEN_REMOVE, ROLES, List.of());
        RealAgent.Runner registered = new RealAgent.Runner(Vmm.registered(V1, VmmState.STARTING, 2), false, false, 0, 0);
        Step<RealAgent.State> s = Step.run(agent, ROLES.agent(), new RealAgent.State(List.of(registered)),
                Step.db(VmmState.STARTING, 2, false), ROLES.reincarnation(), new Msg.Run(V1));
        assertEquals(new RealAgent.Runner(new Vmm(V1, VmmState.STARTING, 2, List.of(Propolis.RUNNING), false),
                true, false, 0, 0), s.state().find(V1));
        assertEquals(List.of(ROLES.agent().index() + ":poke(v1)",
                ROLES.reincarnation().index() + ":run-reply(v1,200:Starting/2)"), s.tokens());
        Step<RealAgent.State> again = Step.run(agent, ROLES.agent(), s.state(), s.db(), ROLES.reincarnation(),
                new Msg.Run(V1));
        assertEquals(List.of(ROLES.reincarnation().index() + ":run-reply(v1,200:Starting/2)"), again.tokens(),
                "Running already to come: nothing new to observe");
    }

    /** RA-FIX L808-810, L799-827: a GET during the final publish waits, and is answered 200 with the final state on the 204. */
    @Test
    void getsDuringTheFinalPublishWaitForDeregistration() {
        Vmm destroyed = new Vmm(V1, VmmState.DESTROYED, 7, List.of(), true);
        RealAgent agent = new RealAgent(RemovalOrder.PUBLISH_THEN_REMOVE, ROLES, List.of());
        RealAgent.State publishing = new RealAgent.State(List.of(new RealAgent.Runner(destroyed, false, true, 0, 0)));
        Step<RealAgent.State> one = Step.run(agent, ROLES.agent(), publishing, Step.db(VmmState.STOPPING, 6, false),
                ROLES.watcher(), new Msg.Get(V1));
        assertEquals(List.of(), one.tokens());
        Step<RealAgent.State> two = Step.run(agent, ROLES.agent(), one.state(), one.db(), ROLES.watcher(), new Msg.Get(V1));
        assertEquals(2, two.state().find(V1).heldGets());
        Step<RealAgent.State> acked = Step.run(agent, ROLES.agent(), two.state(), two.db(), ROLES.nexus(),
                new Msg.Ack(V1, VmmState.DESTROYED, 7));
        assertNull(acked.state().vmm(V1));
        assertEquals(List.of(ROLES.watcher().index() + ":get-reply(v1,200:Destroyed/7)",
                ROLES.watcher().index() + ":get-reply(v1,200:Destroyed/7)"), acked.tokens());
        Step<RealAgent.State> running = Step.run(agent, ROLES.agent(),
                new RealAgent.State(List.of(new RealAgent.Runner(new Vmm(V1, VmmState.RUNNING, 4, List.of(), false), true,
                        false, 0, 0))), one.db(), ROLES.watcher(), new Msg.Get(V1));
        assertEquals(List.of(ROLES.watcher().index() + ":get-reply(v1,200:Running/4)"), running.tokens());
    }
}
