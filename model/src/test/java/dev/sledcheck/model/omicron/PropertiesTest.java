package dev.sledcheck.model.omicron;

import static dev.sledcheck.model.omicron.Step.I0;
import static dev.sledcheck.model.omicron.Step.ROLES;
import static dev.sledcheck.model.omicron.Step.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.Id;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.omicron.agent.RealAgent;
import dev.sledcheck.model.omicron.agent.SimAgent;
import dev.sledcheck.model.omicron.agent.Vmm;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.InstanceRow;
import dev.sledcheck.model.omicron.nexus.Intended;
import dev.sledcheck.model.omicron.nexus.UserStop;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import dev.sledcheck.model.omicron.nexus.Watcher;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each property's judgement on states and steps built by hand, including the ones no configuration
 * of the matrix reaches (a stop's early 404 alone, a start saga's write that does not raise the gen,
 * an agent holding a destroyed VMM at rest): the matrix only shows that a verdict is right, not
 * that every clause of a property is needed.
 */
class PropertiesTest {

    private static final ActorSystem<Msg, Db> NO_CHECK =
            OmicronModel.build(Configuration.of(Scenario.SEED_7282, Variant.NO_GEN_CHECK));
    private static final ActorSystem<Msg, Db> SIM_BUG =
            OmicronModel.build(Configuration.of(Scenario.SEED_7282, Variant.SIM_BUG));

    /** The initial state of {@code system} with actor {@code who} in {@code state}, {@code db}, and {@code msg} in flight. */
    private static SystemState<Msg, Db> state(ActorSystem<Msg, Db> system, Id who, Object state, Db db, Envelope<Msg> msg) {
        List<Object> actors = new ArrayList<>(system.initialStates().get(0).actors());
        if (who != null) {
            actors.set(who.index(), state);
        }
        return new SystemState<>(actors, db, msg == null ? List.of() : List.of(msg));
    }

    /** Whether the step property {@code p} holds on delivering {@code e} in {@code before}. */
    private static boolean holdsOnStep(ActorSystem<Msg, Db> system, OmicronProperty p, SystemState<Msg, Db> before,
            Envelope<Msg> e) {
        SystemState<Msg, Db> after = system.next(before, e);
        return ((Property.OnStep<SystemState<Msg, Db>, Envelope<Msg>>) p.of(system)).holds().test(before, e, after);
    }

    private static boolean holdsIn(ActorSystem<Msg, Db> system, OmicronProperty p, SystemState<Msg, Db> s) {
        Property<SystemState<Msg, Db>, Envelope<Msg>> prop = p.of(system);
        if (prop instanceof Property.AtEnd<SystemState<Msg, Db>, Envelope<Msg>> a) {
            return a.holds().test(s);
        }
        return ((Property.Sometimes<SystemState<Msg, Db>, Envelope<Msg>>) prop).reached().test(s);
    }

    /** S2 judges every step that writes a VMM's runtime: the PUT handler, the watcher, the stop, and the start saga's two writes. */
    @Test
    void s2JudgesEveryWriter() {
        Db stopping6 = Step.db(VmmState.STOPPING, 6, false);
        Answer same = Answer.ok(VmmState.STOPPING, 6);
        Watcher.State checking = new Watcher.State(0, List.of(new Watcher.Check(V1, I0, VmmState.STOPPING, 6, false)));
        UserStop.State stopping = new UserStop.State(0, new UserStop.InFlight(1, I0, V1, VmmState.STOPPING, 6, false));
        List<Object[]> steps = List.of(
                new Object[] {null, null, new Envelope<Msg>(ROLES.agent(), ROLES.nexus(), new Msg.Publish(V1, VmmState.STOPPING, 6))},
                new Object[] {ROLES.watcher(), checking, new Envelope<Msg>(ROLES.agent(), ROLES.watcher(), new Msg.GetReply(V1, same))},
                new Object[] {ROLES.user(), stopping, new Envelope<Msg>(ROLES.agent(), ROLES.user(), new Msg.StopReply(V1, same))},
                new Object[] {null, null, new Envelope<Msg>(ROLES.agent(), ROLES.reincarnation(), new Msg.Registered(V1, same))},
                new Object[] {null, null, new Envelope<Msg>(ROLES.agent(), ROLES.reincarnation(), new Msg.RunReply(V1, same))});
        for (Object[] s : steps) {
            @SuppressWarnings("unchecked")
            Envelope<Msg> e = (Envelope<Msg>) s[2];
            SystemState<Msg, Db> before = state(NO_CHECK, (Id) s[0], s[1], stopping6, e);
            assertFalse(holdsOnStep(NO_CHECK, OmicronProperty.S2, before, e), "a tie lands without raising: " + e);
        }
        assertTrue(OmicronProperty.landedWithoutRaise(Step.db(VmmState.STOPPING, 6, false)
                .writeVmm(Writer.NEXUS, V1, VmmState.STOPPING, 6, GenCheck.NONE).write()));
    }

    /** S3 judges the agent's 404 to a GET and to a stop alike, against the row as it was. */
    @Test
    void s3JudgesA404ToAStopToo() {
        Db live = Step.db(VmmState.STOPPING, 6, false);
        SimAgent.State forgot = new SimAgent.State(List.of());
        for (Msg request : List.<Msg>of(new Msg.Get(V1), new Msg.Stop(V1))) {
            Envelope<Msg> e = new Envelope<>(ROLES.user(), ROLES.agent(), request);
            assertFalse(holdsOnStep(SIM_BUG, OmicronProperty.S3, state(SIM_BUG, ROLES.agent(), forgot, live, e), e),
                    request.label());
            Db settled = Step.db(VmmState.DESTROYED, 7, false);
            assertTrue(holdsOnStep(SIM_BUG, OmicronProperty.S3, state(SIM_BUG, ROLES.agent(), forgot, settled, e), e),
                    request.label());
        }
        VmmRow deleted = new VmmRow(V1, I0, VmmState.STOPPING, 6, true);
        assertFalse(OmicronProperty.tooEarly(new Answered404(V1, "GET"), deleted), "soft-deleted is settled");
        assertThrows(IllegalArgumentException.class,
                () -> OmicronProperty.tooEarly(new Answered404(new VmmId(2), "GET"), deleted));
    }

    /** S4 counts a restart only of an instance the user asked to stop, and only the step that restarts it. */
    @Test
    void s4CountsOnlyTheRestartOfAStoppedInstance() {
        InstanceRow asked = new InstanceRow(I0, 4, null, true, Intended.RUNNING, false, false, true);
        InstanceRow restarted = new InstanceRow(I0, 5, new VmmId(2), false, Intended.RUNNING, false, true, true);
        assertTrue(OmicronProperty.restartedAfterStop(asked, restarted));
        InstanceRow notAsked = new InstanceRow(I0, 4, null, true, Intended.RUNNING, false, false, false);
        assertFalse(OmicronProperty.restartedAfterStop(notAsked, restarted));
        assertFalse(OmicronProperty.restartedAfterStop(restarted, restarted), "restarted before this step");
        assertFalse(OmicronProperty.restartedAfterStop(asked, asked));
    }

    /** L1's second half: at rest the agent holds no destroyed VMM, whichever agent it is. */
    @Test
    void l1LooksAtTheAgentToo() {
        Db clean = new Db(List.of(new VmmRow(V1, I0, VmmState.DESTROYED, 7, true)),
                List.of(new InstanceRow(I0, 4, null, false, Intended.RUNNING, false, false, true)));
        Vmm destroyed = new Vmm(V1, VmmState.DESTROYED, 7, List.of(), true);
        assertTrue(holdsIn(SIM_BUG, OmicronProperty.L1, state(SIM_BUG, ROLES.agent(), new SimAgent.State(List.of()), clean, null)));
        assertFalse(holdsIn(SIM_BUG, OmicronProperty.L1,
                state(SIM_BUG, ROLES.agent(), new SimAgent.State(List.of(destroyed)), clean, null)));
        Vmm live = new Vmm(new VmmId(2), VmmState.RUNNING, 3, List.of(), false);
        assertTrue(holdsIn(SIM_BUG, OmicronProperty.L1, state(SIM_BUG, ROLES.agent(), new SimAgent.State(List.of(live)), clean, null)),
                "only a destroyed VMM counts");
        ActorSystem<Msg, Db> real = OmicronModel.build(Configuration.of(Scenario.SEED_7282, Variant.REAL_FIX));
        RealAgent.State holding = new RealAgent.State(List.of(new RealAgent.Runner(destroyed, false, true, 0, 0)));
        assertFalse(holdsIn(real, OmicronProperty.L1, state(real, ROLES.agent(), holding, clean, null)));
    }

    /** R1 is not reached at the start (the instance has its VMM), and is once the instance rests Stopped. */
    @Test
    void r1IsNotReachedAtTheStart() {
        SystemState<Msg, Db> start = SIM_BUG.initialStates().get(0);
        assertFalse(holdsIn(SIM_BUG, OmicronProperty.R1, start));
        Db stopped = start.store().with(new InstanceRow(I0, 4, null, false, Intended.RUNNING, false, false, true));
        assertTrue(holdsIn(SIM_BUG, OmicronProperty.R1, state(SIM_BUG, null, null, stopped, null)));
    }

    @Test
    void propertiesAreFoundByNameWhateverTheCase() {
        assertEquals(OmicronProperty.S1v, OmicronProperty.byName("s1v").orElseThrow());
        assertTrue(OmicronProperty.byName("S5").isEmpty());
    }
}
