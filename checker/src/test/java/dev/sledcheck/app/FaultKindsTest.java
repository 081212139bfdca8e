package dev.sledcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.checker.Replay;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.Note;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.OmicronModel;
import dev.sledcheck.model.omicron.Options;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.omicron.VmmId;
import dev.sledcheck.model.omicron.VmmState;
import dev.sledcheck.model.omicron.fault.FaultKind;
import dev.sledcheck.model.omicron.fault.FaultPlan;
import dev.sledcheck.model.omicron.fault.Injector;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.Write;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Status;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each fault kind's effect on a small run of the seed, and the budget that bounds them. */
class FaultKindsTest {

    private static final VmmId V1 = new VmmId(1);

    private static Configuration config(Variant v, int max, FaultKind... kinds) {
        Options o = Options.defaults(Scenario.SEED_7282).withFaults(new FaultPlan(EnumSet.of(kinds[0], kinds), max));
        return new Configuration(Scenario.SEED_7282, o, v);
    }

    private static CheckResult check(Configuration c) {
        return OmicronCheck.run(c, SearchOptions.defaults(), List.of("all"));
    }

    /** The real agent's drain, stopped and poked, up to Nexus's answer to its PUT of {@code state} at {@code gen}. */
    private static String realDrainTo(String state, int gen) {
        StringBuilder s = new StringBuilder("user:stop#1(i0);agent:stop(v1);user:stop-reply(v1,200:Stopping/3)");
        String[] states = {"Running", "Stopping", "Stopping", "Destroyed"};
        for (int g = 4; g <= gen; g++) {
            s.append(";agent:poke(v1)");
            if (g < gen) {
                s.append(";nexus:put(v1,").append(states[g - 4]).append('/').append(g).append(");agent:204(v1,")
                        .append(states[g - 4]).append('/').append(g).append(')');
            }
        }
        assertEquals(states[gen - 4], state);
        return s.toString();
    }

    private static Run counterexample(CheckResult r, String property) {
        assertEquals(Status.VIOLATED, r.verdict(property).status(), property);
        return r.verdict(property).run();
    }

    @Test
    void aLostPutCrashesTheSimulatedAgentAndIsRetriedByTheRealOne() {
        Run sim = counterexample(check(config(Variant.SIM_FIX, 1, FaultKind.LOSS)), "L1");
        assertTrue(sim.schedule().contains("loss:nexus:put("), sim.schedule());
        assertTrue(sim.steps().get(sim.length() - 1).text().contains("panics"), "the poke dies: no retry");

        ActorSystem<Msg, Db> real = OmicronModel.build(config(Variant.REAL_FIX, 1, FaultKind.LOSS));
        SystemState<Msg, Db> end = Replay.replay(real, realDrainTo("Running", 4)
                + ";loss:nexus:put(v1,Running/4);agent:put-failed(v1,Running/4)").finalState();
        assertTrue(end.network().stream().anyMatch(e -> e.msg().equals(new Msg.Publish(V1, VmmState.RUNNING, 4))),
                "the runner sends the same PUT again");
        assertEquals(1, end.<Injector.Spent>actor(real.actors().get(6).id()).faults());
    }

    @Test
    void aLostReplyMakesTheRealAgentRetryADuplicateThatTheGenCheckDrops() {
        ActorSystem<Msg, Db> real = OmicronModel.build(config(Variant.REAL_FIX, 1, FaultKind.DUP));
        SystemState<Msg, Db> before = Replay.replay(real, realDrainTo("Destroyed", 7) + ";nexus:put(v1,Destroyed/7)"
                + ";dup:agent:204(v1,Destroyed/7);agent:put-failed(v1,Destroyed/7)").finalState();
        Envelope<Msg> duplicate = before.network().stream()
                .filter(e -> e.msg().equals(new Msg.Publish(V1, VmmState.DESTROYED, 7))).findFirst().orElseThrow();
        ActorSystem.Transition<Msg, Db> t = real.transition(before, duplicate);
        List<Write> writes = t.notes().stream().filter(n -> n instanceof Write).map(n -> (Write) n).toList();
        assertEquals(1, writes.size());
        assertFalse(writes.get(0).landed(), "a duplicate at the stored gen is dropped under the strict check");
        assertEquals(List.of("204(v1,Destroyed/7)"), t.sent().stream().map(e -> e.msg().label()).toList(),
                "only the 204: no second saga");

        Run sim = counterexample(check(config(Variant.SIM_FIX, 1, FaultKind.DUP)), "L1");
        assertTrue(sim.schedule().contains("dup:agent:204("), sim.schedule());
    }

    @Test
    void aTimedOutGetOrStopWritesNothing() {
        // sim-bug's race, with the watcher's last answer (the 404) timed out instead: no Failed.
        String race = counterexample(check(Configuration.of(Scenario.SEED_7282, Variant.SIM_BUG)), "S1v").schedule();
        String last = race.substring(race.lastIndexOf(';') + 1);
        assertEquals("watcher:get-reply(v1,404)", last);
        ActorSystem<Msg, Db> m = OmicronModel.build(config(Variant.SIM_BUG, 1, FaultKind.TIMEOUT));
        var replayed = Replay.replay(m, race.substring(0, race.lastIndexOf(';'))
                + ";timeout:watcher:get-reply(v1,404);watcher:get-failed(v1)");
        assertEquals(List.of("S3"), replayed.broken(), "the agent's early 404 still breaks S3; no Failed is written");
        assertEquals(VmmState.STOPPING, replayed.finalState().store().vmm(V1).state(), "nothing written");

        // sim-fix's racing stop, its 404 timed out instead: no Failed either.
        Configuration stop = new Configuration(Scenario.SEED_7282,
                Options.defaults(Scenario.SEED_7282).withUserStop(true), Variant.SIM_FIX);
        String stopRace = counterexample(check(stop), "S1v").schedule();
        assertTrue(stopRace.endsWith(";user:stop-reply(v1,404)"), stopRace);
        ActorSystem<Msg, Db> timed = OmicronModel.build(new Configuration(Scenario.SEED_7282,
                stop.options().withFaults(new FaultPlan(Set.of(FaultKind.TIMEOUT), 1)), Variant.SIM_FIX));
        var r = Replay.replay(timed, stopRace.substring(0, stopRace.lastIndexOf(';'))
                + ";timeout:user:stop-reply(v1,404);user:stop-failed(v1)");
        assertTrue(r.broken().isEmpty(), "broken: " + r.broken());
        assertTrue(r.finalState().store().vmms().stream().noneMatch(v -> v.state() == VmmState.FAILED));
    }

    @Test
    void aLostSagaLeavesTheDestroyedVmmActiveUnlessTheUpdaterRuns() {
        Run lost = counterexample(check(config(Variant.REAL_FIX, 1, FaultKind.LOST_SAGA)), "L1");
        assertTrue(lost.schedule().contains("lost-saga:saga:start(i0)"), lost.schedule());
        Configuration repaired = new Configuration(Scenario.SEED_7282,
                config(Variant.REAL_FIX, 1, FaultKind.LOST_SAGA).options().withUpdater(true), Variant.REAL_FIX);
        CheckResult r = check(repaired);
        assertEquals(Status.SAFE, r.verdict("L1").status());
        assertTrue(r.stats().complete());
        assertTrue(repaired.bounds().endsWith("at most 1 fault (lost-saga), instance updater on"), repaired.bounds());
    }

    @Test
    void aRestartTakesAnExchangeOrASagaNotYetRecorded() {
        Run real = counterexample(check(config(Variant.REAL_FIX, 1, FaultKind.RESTART)), "L1");
        assertTrue(real.schedule().contains("restart:saga:start(i0)"), real.schedule());
        CheckResult r = check(config(Variant.HEAD, 1, FaultKind.RESTART));
        for (String p : List.of("S1v", "S1i", "S2", "S3", "S4")) {
            assertEquals(Status.SAFE, r.verdict(p).status(), p);
        }
    }

    @Test
    void theBudgetBoundsEveryRunAndNoFaultsBuildsTheSystemAsBefore() {
        assertEquals(Set.of(0, 1), faultCounts(config(Variant.REAL_FIX, 1, FaultKind.LOSS, FaultKind.DUP)));
        assertEquals(Set.of(0, 1, 2), faultCounts(config(Variant.REAL_FIX, 2, FaultKind.LOSS, FaultKind.DUP)));
        ActorSystem<Msg, Db> plain = OmicronModel.build(Configuration.of(Scenario.SEED_7282, Variant.REAL_FIX));
        assertFalse(plain.hasFaults());
        assertEquals(6, plain.actors().size());
        assertTrue(Configuration.of(Scenario.SEED_7282, Variant.REAL_FIX).bounds()
                .endsWith("no faults (no lost, duplicated or failed messages)"));
    }

    /** Every count of faults a reachable state has had. */
    private static Set<Integer> faultCounts(Configuration c) {
        ActorSystem<Msg, Db> m = OmicronModel.build(c);
        Set<SystemState<Msg, Db>> seen = new HashSet<>(m.initialStates());
        ArrayDeque<SystemState<Msg, Db>> todo = new ArrayDeque<>(seen);
        Set<Integer> counts = new HashSet<>();
        List<Envelope<Msg>> enabled = new ArrayList<>();
        while (!todo.isEmpty()) {
            SystemState<Msg, Db> s = todo.poll();
            counts.add(s.<Injector.Spent>actor(m.actors().get(6).id()).faults());
            enabled.clear();
            m.actions(s, enabled);
            for (Envelope<Msg> e : enabled) {
                SystemState<Msg, Db> n = m.next(s, e);
                if (seen.add(n)) {
                    todo.add(n);
                }
            }
        }
        return counts;
    }
}
