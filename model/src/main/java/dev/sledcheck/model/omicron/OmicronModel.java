package dev.sledcheck.model.omicron;

import dev.sledcheck.model.actor.Access;
import dev.sledcheck.model.actor.Actor;
import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.SystemBuilder;
import dev.sledcheck.model.actor.Id;
import dev.sledcheck.model.actor.Ref;
import dev.sledcheck.model.omicron.agent.RealAgent;
import dev.sledcheck.model.omicron.agent.SimAgent;
import dev.sledcheck.model.omicron.agent.Vmm;
import dev.sledcheck.model.omicron.fault.FaultsInOmicron;
import dev.sledcheck.model.omicron.fault.Injector;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.InstanceRow;
import dev.sledcheck.model.omicron.nexus.InstanceUpdater;
import dev.sledcheck.model.omicron.nexus.Intended;
import dev.sledcheck.model.omicron.nexus.PutHandler;
import dev.sledcheck.model.omicron.nexus.Reincarnation;
import dev.sledcheck.model.omicron.nexus.Saga;
import dev.sledcheck.model.omicron.nexus.UserStop;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import dev.sledcheck.model.omicron.nexus.Watcher;
import dev.sledcheck.model.omicron.por.IndependentSteps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/** Builds the actor system of a {@link Configuration}. */
public final class OmicronModel {
    private OmicronModel() {}

    /**
     * The system for {@code config}: agent, nexus (PUT handler), watcher, user, saga and
     * reincarnation, with ids as {@link Roles#STANDARD}, then the fault injector (with faults) and
     * the instance updater (with {@code --updater}), and the properties S1v, S1i, S2-S4, L1 and R1.
     */
    public static ActorSystem<Msg, Db> build(Configuration config) {
        return build(config, (name, actor) -> actor);
    }

    /**
     * As {@link #build(Configuration)}, each actor first passed through {@code swap} with its name
     * ({@code agent}, {@code nexus}, {@code watcher}, {@code user}, {@code saga},
     * {@code reincarnation}). Only tests swap anything: a protocol-level mutant is the model with
     * one actor wrapped so that one rule is broken ({@code NamedMutantsTest}).
     */
    static ActorSystem<Msg, Db> build(Configuration config,
            BiFunction<String, Actor<?, Msg, Db>, Actor<?, Msg, Db>> swap) {
        Variant v = config.variant();
        Options o = config.options();
        Roles roles = Roles.STANDARD.with(o.faults().any(), o.updater());
        boolean seed = config.scenario() == Scenario.SEED_7282;

        List<VmmRow> vmms = new ArrayList<>();
        List<InstanceRow> instances = new ArrayList<>();
        List<Vmm> agentVmms = new ArrayList<>();
        List<VmmId> pokes = new ArrayList<>();
        for (int i = 0; i < o.instances(); i++) {
            InstanceId inst = new InstanceId(i);
            VmmId vmm = new VmmId(i + 1);
            pokes.add(vmm);
            // The instance is at gen 3 with its VMM linked, so that the saga's commit shows gen 4
            // as in the seed's [10833].
            if (seed) {
                vmms.add(new VmmRow(vmm, inst, VmmState.STARTING, 2, false));
                instances.add(new InstanceRow(inst, 3, vmm, false, Intended.RUNNING, false, false, false));
                agentVmms.add(new Vmm(vmm, VmmState.STARTING, 2, List.of(Propolis.RUNNING), false));
            } else {
                // As seed-7282 leaves it after the first stop: Stopping 3 stored, four states queued.
                vmms.add(new VmmRow(vmm, inst, VmmState.STOPPING, 3, false));
                instances.add(new InstanceRow(inst, 3, vmm, false,
                        config.intent() ? Intended.STOPPED : Intended.RUNNING, false, false, true));
                agentVmms.add(new Vmm(vmm, VmmState.STOPPING, 3,
                        List.of(Propolis.RUNNING, Propolis.STOPPING, Propolis.STOPPED, Propolis.DESTROYED), false));
            }
        }
        InstanceId first = new InstanceId(0);
        UserStop.Plan plan = new UserStop.Plan(seed ? first : null, pokes, o.userStop() ? first : null);

        Actor<?, Msg, Db> agent = v.agent() == AgentKind.SIM
                ? new SimAgent(v.removal(), roles, agentVmms)
                : new RealAgent(v.removal(), roles, agentVmms);

        SystemBuilder<Msg, Db> b = ActorSystem.<Msg, Db>builder(new Db(vmms, instances))
                .label(Msg::label)
                .messageKey(OmicronModel::messageKey)
                .messageOrder(BY_TEXT)
                .properties(system -> o.liveness() ? with(OmicronProperty.all(system), OmicronLiveness.all())
                        : OmicronProperty.all(system))
                .facets(OmicronFacets::of)
                .reductions(system -> List.of(new GenReduction(system, v),
                        new Symmetry(system, o.instances(), seed || o.userStop())))
                .partialOrder(system -> new IndependentSteps(system, roles, v, o.passes(), plan.firstStop() != null,
                        o.updater()))
                .explainer(new OmicronExplainer(roles))
                // No generic deadlock check: L1 judges every end (the instance at rest, the VMM
                // gone), and names what is wrong with one, which "deadlock" would not.
                .terminal(null);
        if (o.liveness() && roles.faults() == null) {
            b.everyActorFair(); // argued actor by actor in OmicronLiveness
        } else if (o.liveness()) {
            // Never the fault injector: a fault may strike, it need not, so no fair run is owed one.
            b.fairActors(roles.updater() == null ? FAIR : with(List.of(FAIR), List.of("updater")).toArray(String[]::new));
        }
        if (o.faults().any()) {
            b.faults(new FaultsInOmicron(o.faults(), roles));
        }
        check(b.add("agent", swap.apply("agent", agent), Access.LOCAL), roles.agent());
        check(b.add("nexus", swap.apply("nexus", new PutHandler(v, roles)), Access.STORE), roles.nexus());
        check(b.add("watcher", swap.apply("watcher", new Watcher(v, roles, o.passes())), Access.STORE),
                roles.watcher());
        check(b.add("user", swap.apply("user", new UserStop(v, roles, config.intent(), plan)), Access.STORE),
                roles.user());
        check(b.add("saga", swap.apply("saga", new Saga(roles, o.restart())), Access.STORE), roles.saga());
        check(b.add("reincarnation",
                swap.apply("reincarnation", new Reincarnation(roles, config.intent(), v.genCheck())), Access.STORE),
                roles.reincarnation());
        if (roles.faults() != null) {
            check(b.add("faults", swap.apply("faults", new Injector(roles)), Access.LOCAL), roles.faults());
        }
        if (roles.updater() != null) {
            check(b.add("updater", swap.apply("updater", new InstanceUpdater(roles)), Access.STORE), roles.updater());
        }
        return b.build();
    }

    /**
     * A total order on messages between the same two actors: by kind first (cheap, and the usual
     * tie-breaker), then by label, then by text. Only the canonical order of the network depends on it.
     */
    /**
     * Messages by kind, then label (the two joined by NUL, which sorts below every character they
     * contain, so comparing the joined text compares them in turn), then by their whole text.
     */
    static String messageKey(Msg m) {
        return m.getClass().getSimpleName() + '\0' + m.label();
    }

    static final Comparator<Msg> BY_TEXT = Comparator.comparing(Object::toString);

    /** The actors of every system, each weakly fair under {@code --liveness} (argued in OmicronLiveness). */
    private static final String[] FAIR = {"agent", "nexus", "watcher", "user", "saga", "reincarnation"};

    private static <T> List<T> with(List<T> first, List<T> then) {
        List<T> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private static void check(Ref<?> added, Id expected) {
        Id got = added.id();
        if (!got.equals(expected)) {
            throw new IllegalStateException("actor registered as " + got + ", roles expect " + expected);
        }
    }
}
