package dev.sledcheck.model.omicron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.sledcheck.model.actor.Actor;
import dev.sledcheck.model.actor.Ctx;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.Id;
import dev.sledcheck.model.omicron.agent.RealAgent;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.Watcher;
import dev.sledcheck.model.run.Status;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Named protocol-level mutants, jcstress style: each test is the model with one protocol rule
 * broken, and its {@link Killer} names the configuration (as predictions.tsv writes it) and the
 * property that tell it from the real model, with both verdicts: the real model's is the
 * prediction (or, for the judgements at rest Q and D, {@link MatrixOracleTest#atRest}); the
 * mutant's is what the full search finds on it ({@link FullSearch}, no reduction: the reductions
 * are argued sound for the real actors, not for mutants). A rule with a variant policy is broken
 * through the variant; any other by wrapping one actor ({@link OmicronModel#build(Configuration,
 * BiFunction)}), so the production actors stay as they are. Two mutants are listed that no
 * property tells apart, with the reason and the unit test that pins the rule instead.
 *
 * <p>The mutation run (docs/mutation/README.md) mutates code; these mutate rules.
 */
class NamedMutantsTest {

    /** The configuration and property that kill a mutant, and the two verdicts. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface Killer {
        String config();

        String property();

        /** The real model's verdict. */
        Status real();

        /** The mutant's verdict. */
        Status mutant();
    }

    private static final Map<Configuration, Map<String, Status>> PREDICTIONS = MatrixOracleTest.predictions();

    private static void assertKilled(TestInfo t, UnaryOperator<Variant> variant,
            BiFunction<String, Actor<?, Msg, Db>, Actor<?, Msg, Db>> swap) {
        Killer k = t.getTestMethod().orElseThrow().getAnnotation(Killer.class);
        Configuration real = MatrixOracleTest.configuration(Scenario.SEED_7282, k.config());
        Map<String, Status> expected = new LinkedHashMap<>(PREDICTIONS.get(real));
        expected.putAll(MatrixOracleTest.atRest(real));
        assertEquals(k.real(), expected.get(k.property()), "the real model's verdict");
        Configuration c = new Configuration(real.scenario(), real.options(), variant.apply(real.variant()));
        Status found;
        if (k.real() == k.mutant()) {
            // A mutant no property kills must still be another model: its state space differs.
            assertNotEquals(FullSearch.run(OmicronModel.build(real), MatrixOracleTest.MAX_STATES).states(),
                    FullSearch.run(OmicronModel.build(c, swap), MatrixOracleTest.MAX_STATES).states(), "not a mutant");
        }
        try {
            // Stop at the first break of the killer property when the real model keeps it.
            Map<String, Status> stopAt = k.real() == Status.SAFE ? Map.of(k.property(), Status.SAFE) : Map.of();
            found = FullSearch.run(OmicronModel.build(c, swap), MatrixOracleTest.MAX_STATES, stopAt, AtRest.of(c))
                    .verdicts().get(k.property());
        } catch (FullSearch.Contradicted broken) {
            found = Status.VIOLATED;
        }
        assertNotNull(found, k.property());
        assertEquals(k.mutant(), found, t.getDisplayName() + " in " + k.config() + ", " + k.property());
    }

    private static void assertKilled(TestInfo t, BiFunction<String, Actor<?, Msg, Db>, Actor<?, Msg, Db>> swap) {
        assertKilled(t, v -> v, swap);
    }

    private static void assertKilled(TestInfo t, UnaryOperator<Variant> variant) {
        assertKilled(t, variant, (name, actor) -> actor);
    }

    /** Only the actor named {@code name} is replaced, by {@code wrap} of it. */
    @SuppressWarnings("unchecked")
    private static <S> BiFunction<String, Actor<?, Msg, Db>, Actor<?, Msg, Db>> wrap(String name,
            UnaryOperator<Actor<S, Msg, Db>> wrap) {
        return (n, actor) -> n.equals(name) ? wrap.apply((Actor<S, Msg, Db>) actor) : actor;
    }

    /** An actor that hands every message to the real one unless its {@code receive} says otherwise. */
    private abstract static class Broken<S> implements Actor<S, Msg, Db> {
        final Actor<S, Msg, Db> real;

        Broken(Actor<S, Msg, Db> real) {
            this.real = real;
        }

        @Override
        public S init(Id self, Ctx<Msg, Db> ctx) {
            return real.init(self, ctx);
        }
    }

    /** Replaces, in what a step sent, every message {@code from} maps to something else. */
    private static void rewriteSent(Ctx<Msg, Db> ctx, UnaryOperator<Msg> from) {
        List<Envelope<Msg>> sent = ctx.sent();
        for (int i = 0; i < sent.size(); i++) {
            Envelope<Msg> e = sent.get(i);
            sent.set(i, new Envelope<>(e.src(), e.dst(), from.apply(e.msg())));
        }
    }

    private static RealAgent.State replace(RealAgent.State s, RealAgent.Runner r) {
        List<RealAgent.Runner> rs = new ArrayList<>();
        s.runners().forEach(x -> rs.add(x.vmm().id().equals(r.vmm().id()) ? r : x));
        return new RealAgent.State(rs);
    }

    // ---- Nexus's store ----------------------------------------------------------------------------

    /** Db.writeVmm's strict check (stored gen < new gen) made stored gen <= new gen: the variant gen-le. */
    @Test
    @Killer(config = "sim-fix", property = "S1v", real = Status.SAFE, mutant = Status.VIOLATED)
    void strictGenCheckMadeNonStrict(TestInfo t) {
        // The watcher's Failed 7 (snapshot Stopping 6, + 1) ties Destroyed 7 and overwrites it.
        assertKilled(t, v -> Variant.GEN_LE);
    }

    /** The same mutant, as S2 sees it: a write that lands without raising the gen. */
    @Test
    @Killer(config = "sim-fix", property = "S2", real = Status.SAFE, mutant = Status.VIOLATED)
    void strictGenCheckMadeNonStrictSeenByS2(TestInfo t) {
        assertKilled(t, v -> Variant.GEN_LE);
    }

    // ---- the sled agent ---------------------------------------------------------------------------

    /**
     * The fixed simulated agent removes a destroyed VMM before publishing it (RFD 486's order
     * undone; this is sim-bug's agent under sim-fix's Nexus): a GET in the window gets 404 while
     * Nexus's row is Stopping 6.
     */
    @Test
    @Killer(config = "sim-fix", property = "S3", real = Status.SAFE, mutant = Status.VIOLATED)
    void removeBeforePublishInTheFixedSimulatedAgent(TestInfo t) {
        assertKilled(t, v -> new Variant(v.name(), v.summary(), v.agent(), RemovalOrder.REMOVE_THEN_PUBLISH,
                v.genCheck(), v.failedGen(), v.watcherFilter(), v.stopGuard(), v.nexus()));
    }

    /**
     * The real agent at HEAD (RA-FIX) deregisters a runner as soon as it publishes its final state,
     * not on the 204 (unlike RA-PRE, no second Destroyed): the watcher's Failed 7 wins the race.
     */
    @Test
    @Killer(config = "head", property = "S1v", real = Status.SAFE, mutant = Status.VIOLATED)
    void deregisterBeforeThe204InTheRealAgentAtHead(TestInfo t) {
        assertKilled(t, wrap("agent", (Actor<RealAgent.State, Msg, Db> real) -> new Broken<>(real) {
            @Override
            public RealAgent.State receive(Id self, RealAgent.State s, Id from, Msg msg, Ctx<Msg, Db> ctx) {
                RealAgent.State next = real.receive(self, s, from, msg, ctx);
                List<RealAgent.Runner> kept = new ArrayList<>();
                next.runners().forEach(r -> {
                    if (!r.publishingFinal()) {
                        kept.add(r);
                    }
                });
                return new RealAgent.State(kept);
            }
        }));
    }

    /**
     * RA-FIX serves a stop that arrives during the final publish (Stopping at gen + 1, 200) instead
     * of holding it and answering 410 after deregistration: the stop's Stopping 8 lands over
     * Destroyed 7, and a later 404 finds a live row.
     */
    @Test
    @Killer(config = "head --user-stop", property = "S3", real = Status.SAFE, mutant = Status.VIOLATED)
    void stopServedDuringTheFinalPublish(TestInfo t) {
        assertKilled(t, wrap("agent", (Actor<RealAgent.State, Msg, Db> real) -> new Broken<>(real) {
            @Override
            public RealAgent.State receive(Id self, RealAgent.State s, Id from, Msg msg, Ctx<Msg, Db> ctx) {
                RealAgent.Runner r = msg instanceof Msg.Stop st ? s.find(st.vmm()) : null;
                if (r == null || !r.publishingFinal()) {
                    return real.receive(self, s, from, msg, ctx);
                }
                RealAgent.State open = replace(s, new RealAgent.Runner(r.vmm(), true, false, r.heldGets(), r.heldStops()));
                RealAgent.Runner stopped = real.receive(self, open, from, msg, ctx).find(r.vmm().id());
                return replace(s, new RealAgent.Runner(stopped.vmm(), false, true, r.heldGets(), r.heldStops()));
            }
        }));
    }

    /**
     * RA-FIX answers a GET that arrives during the final publish at once (200 Destroyed 7) instead
     * of holding it until the 204. NOT KILLED, and rightly: the answer is the one the held GET gets,
     * only sooner, and either way the watcher writes Destroyed 7, which lands or is dropped exactly
     * as the PUT's; every reachable database is the same (docs/model.md, "Runners answer at
     * once"). The mutation run's RealAgent survivor at the same branch is this mutant;
     * RealAgentFidelityTest pins the hold itself.
     */
    @Test
    @Killer(config = "head", property = "S1v", real = Status.SAFE, mutant = Status.SAFE)
    void getServedDuringTheFinalPublishIsEquivalent(TestInfo t) {
        assertKilled(t, wrap("agent", (Actor<RealAgent.State, Msg, Db> real) -> new Broken<>(real) {
            @Override
            public RealAgent.State receive(Id self, RealAgent.State s, Id from, Msg msg, Ctx<Msg, Db> ctx) {
                RealAgent.Runner r = msg instanceof Msg.Get g ? s.find(g.vmm()) : null;
                if (r == null || !r.publishingFinal()) {
                    return real.receive(self, s, from, msg, ctx);
                }
                ctx.send(from, new Msg.GetReply(r.vmm().id(), Answer.ok(r.vmm().state(), r.vmm().gen())));
                return s;
            }
        }));
    }

    // ---- Nexus: the watcher, the PUT handler, the saga, reincarnation ---------------------------

    /**
     * The watcher writes Failed at its snapshot gen s instead of s + 1. Under the strict check
     * such a write never lands, so the mutant hides the seed's race: with no faults modelled every
     * Failed is spurious, so no property turns VIOLATED; the matrix's VIOLATED predictions (the bug
     * must be found) kill it.
     */
    @Test
    @Killer(config = "sim-bug", property = "S1v", real = Status.VIOLATED, mutant = Status.SAFE)
    void watcherWritesFailedAtTheSnapshotGen(TestInfo t) {
        assertKilled(t, wrap("watcher", (Actor<Watcher.State, Msg, Db> real) -> new Broken<>(real) {
            @Override
            public Watcher.State receive(Id self, Watcher.State s, Id from, Msg msg, Ctx<Msg, Db> ctx) {
                if (!(msg instanceof Msg.GetReply r) || r.answer().code() != Answer.Code.NO_SUCH_INSTANCE) {
                    return real.receive(self, s, from, msg, ctx);
                }
                List<Watcher.Check> lowered = new ArrayList<>();
                for (Watcher.Check c : s.checks()) {
                    lowered.add(c.vmm().equals(r.vmm()) && !c.awaitingSaga()
                            ? new Watcher.Check(c.vmm(), c.instance(), c.snapshotState(), c.snapshot() - 1, false)
                            : c);
                }
                return real.receive(self, new Watcher.State(s.passesDone(), lowered), from, msg, ctx);
            }
        }));
    }

    /**
     * The watcher does not await the saga its landed write starts: the check ends at once and the
     * saga answers nobody. NOT KILLED by any property: the saga runs all the same and every saga
     * re-reads the instance, so the watcher's waiting only paces its passes; nothing the properties
     * judge depends on it. NexusFidelityTest pins the wait instead.
     */
    @Test
    @Killer(config = "sim-fix", property = "L1", real = Status.SAFE, mutant = Status.SAFE)
    void watcherDoesNotAwaitItsSagaIsNotObservable(TestInfo t) {
        int passes = Options.defaults(Scenario.SEED_7282).passes();
        assertKilled(t, wrap("watcher", (Actor<Watcher.State, Msg, Db> real) -> new Broken<>(real) {
            @Override
            public Watcher.State receive(Id self, Watcher.State s, Id from, Msg msg, Ctx<Msg, Db> ctx) {
                Watcher.State next = real.receive(self, s, from, msg, ctx);
                if (!next.checks().stream().anyMatch(Watcher.Check::awaitingSaga)
                        || s.checks().stream().anyMatch(Watcher.Check::awaitingSaga)) {
                    return next; // no saga newly awaited by this step (only one check per pass here)
                }
                rewriteSent(ctx, m -> m instanceof Msg.StartSaga st ? new Msg.StartSaga(st.instance(), Role.NONE) : m);
                List<Watcher.Check> left = next.checks().stream().filter(c -> !c.awaitingSaga()).toList();
                if (!left.isEmpty()) {
                    return new Watcher.State(next.passesDone(), left);
                }
                int done = next.passesDone() + 1;
                if (done < passes) {
                    ctx.send(self, new Msg.Pass(done + 1));
                }
                return new Watcher.State(done, List.of());
            }
        }));
    }

    /** The PUT handler does not spawn the update saga for a Destroyed that landed: the instance keeps its dead VMM. */
    @Test
    @Killer(config = "sim-fix", property = "L1", real = Status.SAFE, mutant = Status.VIOLATED)
    void putHandlerForgetsTheSaga(TestInfo t) {
        assertKilled(t, wrap("nexus", (Actor<Stateless, Msg, Db> real) -> new Broken<>(real) {
            @Override
            public Stateless receive(Id self, Stateless s, Id from, Msg msg, Ctx<Msg, Db> ctx) {
                Stateless next = real.receive(self, s, from, msg, ctx);
                ctx.sent().removeIf(e -> e.msg() instanceof Msg.StartSaga);
                return next;
            }
        }));
    }

    /**
     * The update saga skips its soft-delete step: the unlinked Destroyed row stays live. No
     * property of protocol.md sees it (under the strict check the row takes no later write either);
     * the oracle's judgement at rest D, no live row for a forgotten VMM, does.
     */
    @Test
    @Killer(config = "sim-fix", property = "D", real = Status.SAFE, mutant = Status.VIOLATED)
    void sagaSkipsSoftDelete(TestInfo t) {
        assertKilled(t, wrap("saga", (Actor<Stateless, Msg, Db> real) -> new Broken<>(real) {
            @Override
            public Stateless receive(Id self, Stateless s, Id from, Msg msg, Ctx<Msg, Db> ctx) {
                if (msg instanceof Msg.SagaStep step && step.stage() == SagaStage.SOFT_DELETE) {
                    ctx.send(self, new Msg.SagaStep(step.instance(), SagaStage.FINISH, step.read(), step.awaitedBy()));
                    return s;
                }
                return real.receive(self, s, from, msg, ctx);
            }
        }));
    }

    /** Reincarnation ignores the intended state (#8053): the instance the user stopped is restarted after the spurious Failed. */
    @Test
    @Killer(config = "sim-bug --intent on", property = "S4", real = Status.SAFE, mutant = Status.VIOLATED)
    void reincarnationIgnoresTheIntendedState(TestInfo t) {
        assertKilled(t, (name, actor) -> name.equals("reincarnation")
                ? new dev.sledcheck.model.omicron.nexus.Reincarnation(Roles.STANDARD, false, GenCheck.STRICT)
                : actor);
    }
}
