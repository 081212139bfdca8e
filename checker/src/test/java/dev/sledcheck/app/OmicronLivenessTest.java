package dev.sledcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.checker.Checker;
import dev.sledcheck.checker.Reductions;
import dev.sledcheck.checker.Replay;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.core.WithFairness;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.OmicronModel;
import dev.sledcheck.model.omicron.Options;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Status;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Omicron's liveness properties on the seed: with every actor fair, and with none. The fixed
 * agents come to rest either way; real-pre's reincarnation, polling a locked instance, starves the
 * saga that holds the lock only when the scheduler may be unfair.
 */
class OmicronLivenessTest {

    private static ActorSystem<Msg, Db> system(Variant v, boolean liveness) {
        Options o = Options.defaults(Scenario.SEED_7282).withLiveness(liveness);
        return OmicronModel.build(new Configuration(Scenario.SEED_7282, o, v));
    }

    private static Model<SystemState<Msg, Db>, Envelope<Msg>> model(Variant v, boolean fair) {
        ActorSystem<Msg, Db> s = system(v, true);
        return fair ? s : new WithFairness<>(s, Set.of());
    }

    private static CheckResult check(Variant v, boolean fair, String reductions) {
        Model<SystemState<Msg, Db>, Envelope<Msg>> m = model(v, fair);
        return Checker.of(m).options(SearchOptions.defaults().withThreads(1).withOnly(Set.of("L2", "L3")))
                .reductions(Reductions.named(m, List.of(reductions))).run();
    }

    @Test
    void livenessAddsL2AndL3AndMakesEveryActorFairAndNothingElseChanges() {
        ActorSystem<Msg, Db> plain = system(Variant.SIM_FIX, false);
        ActorSystem<Msg, Db> live = system(Variant.SIM_FIX, true);
        assertEquals(List.of("S1v", "S1i", "S2", "S3", "S4", "L1", "R1"), plain.properties().stream().map(Property::name).toList());
        assertEquals(Set.of(), plain.fairActors());
        assertEquals(List.of("S1v", "S1i", "S2", "S3", "S4", "L1", "R1", "L2", "L3"),
                live.properties().stream().map(Property::name).toList());
        assertEquals(Set.copyOf(live.actorNames()), live.fairActors());
    }

    @Test
    void theFixedAgentsComeToRestWithOrWithoutFairness() {
        for (Variant v : List.of(Variant.SIM_FIX, Variant.REAL_FIX)) {
            for (boolean fair : new boolean[] {true, false}) {
                CheckResult r = check(v, fair, "all");
                assertEquals(Status.SAFE, r.verdict("L2").status(), v + " fair=" + fair);
                assertEquals(Status.SAFE, r.verdict("L3").status(), v + " fair=" + fair);
            }
        }
    }

    @Test
    void anUnfairSchedulerLetsRealPresReincarnationStarveTheSagaForEver() {
        Run lasso = check(Variant.REAL_PRE, false, "all").verdict("L2").run();
        assertTrue(lasso.lasso(), "a cycle");
        assertEquals(lasso.length(), lasso.cycleFrom(), "of one step");
        assertEquals("reincarnation:wake(i0)", lasso.steps().get(lasso.length() - 1).token());
        assertTrue(lasso.steps().stream().anyMatch(s -> s.token().startsWith("saga:start(i0")),
                "a saga took the lock on the way: " + lasso.schedule());
        assertTrue(Replay.replay(model(Variant.REAL_PRE, false), lasso.schedule()).broken().contains("L2"));
        assertFalse(Replay.replay(model(Variant.REAL_PRE, true), lasso.schedule()).broken().contains("L2"),
                "under fairness the saga, able to move all along, must move: no counterexample");

        Run fair = check(Variant.REAL_PRE, true, "all").verdict("L2").run();
        assertFalse(fair.lasso(), "with fairness, only a finite run breaks L2: " + fair.schedule());
        assertTrue(fair.steps().stream().anyMatch(s -> s.token().startsWith("reincarnation:move-to-starting")),
                "the stopped instance was restarted: " + fair.schedule());
    }

    @Test
    void simBugsStoppedInstanceIsRestartedAndItsAgentForgetsWhatItDestroyed() {
        for (boolean fair : new boolean[] {true, false}) {
            CheckResult r = check(Variant.SIM_BUG, fair, "all");
            assertEquals(Status.VIOLATED, r.verdict("L2").status());
            assertFalse(r.verdict("L2").run().lasso(), "no cycle in sim-bug: a finite run, fair or not");
            assertEquals(Status.SAFE, r.verdict("L3").status());
        }
    }

    @Test
    void theReductionsKeepEveryVerdict() {
        for (Variant v : List.of(Variant.SIM_BUG, Variant.REAL_PRE)) {
            for (boolean fair : new boolean[] {true, false}) {
                CheckResult all = check(v, fair, "all");
                CheckResult none = check(v, fair, "none");
                for (String p : List.of("L2", "L3")) {
                    assertEquals(none.verdict(p).status(), all.verdict(p).status(), v + " " + p + " fair=" + fair);
                }
            }
        }
    }
}
