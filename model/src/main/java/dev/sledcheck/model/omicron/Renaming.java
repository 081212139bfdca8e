package dev.sledcheck.model.omicron;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.omicron.agent.RealAgent;
import dev.sledcheck.model.omicron.agent.SimAgent;
import dev.sledcheck.model.omicron.agent.Vmm;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.InstanceRow;
import dev.sledcheck.model.omicron.nexus.UserStop;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import dev.sledcheck.model.omicron.nexus.Watcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A permutation of instances and VMM ids applied to a whole state: instance k becomes {@code
 * to[k]} and VMM n becomes {@code vmmTo[n]}, in the database, the agent's table, the watcher's and
 * the user's progress and every message in flight.
 */
final class Renaming {
    private final int[] to;
    private final int[] vmmTo;

    Renaming(int[] to, int[] vmmTo) {
        this.to = to.clone();
        this.vmmTo = vmmTo.clone();
    }

    InstanceId instance(InstanceId i) {
        return i == null ? null : new InstanceId(to[i.n()]);
    }

    VmmId vmm(VmmId v) {
        return v == null ? null : new VmmId(vmmTo[v.n()]);
    }

    SystemState<Db, Msg> apply(ActorSystem<Db, Msg> system, SystemState<Db, Msg> s) {
        List<Object> actors = new ArrayList<>(s.actors());
        int agent = Roles.STANDARD.agent().index();
        actors.set(agent, agent(actors.get(agent)));
        Watcher.State w = s.actor(Roles.STANDARD.watcher());
        actors.set(Roles.STANDARD.watcher().index(), watcher(w));
        UserStop.State u = s.actor(Roles.STANDARD.user());
        actors.set(Roles.STANDARD.user().index(), user(u));
        List<Envelope<Msg>> network = new ArrayList<>(s.network().size());
        for (Envelope<Msg> e : s.network()) {
            network.add(new Envelope<>(e.src(), e.dst(), msg(e.msg())));
        }
        network.sort(system.order());
        return new SystemState<>(List.copyOf(actors), db(s.store()), List.copyOf(network));
    }

    private Db db(Db db) {
        List<VmmRow> vmms = new ArrayList<>();
        for (VmmRow r : db.vmms()) {
            vmms.add(new VmmRow(vmm(r.id()), instance(r.instance()), r.state(), r.gen(), r.deleted()));
        }
        vmms.sort(Comparator.comparing(VmmRow::id));
        List<InstanceRow> instances = new ArrayList<>();
        for (InstanceRow i : db.instances()) {
            instances.add(new InstanceRow(instance(i.id()), i.gen(), vmm(i.active()), i.failed(), i.intended(),
                    i.locked(), i.restarted(), i.stopAsked()));
        }
        instances.sort(Comparator.comparing(InstanceRow::id));
        return new Db(vmms, instances);
    }

    private Object agent(Object agent) {
        if (agent instanceof SimAgent.State) {
            List<Vmm> table = new ArrayList<>();
            for (Vmm v : ((SimAgent.State) agent).table()) {
                table.add(new Vmm(vmm(v.id()), v.state(), v.gen(), v.queue()));
            }
            table.sort(Comparator.comparing(Vmm::id));
            return new SimAgent.State(table);
        }
        List<RealAgent.Runner> runners = new ArrayList<>();
        for (RealAgent.Runner r : ((RealAgent.State) agent).runners()) {
            Vmm v = r.vmm();
            runners.add(new RealAgent.Runner(new Vmm(vmm(v.id()), v.state(), v.gen(), v.queue()),
                    r.publishingFinal(), r.heldGets()));
        }
        runners.sort(Comparator.comparing(r -> r.vmm().id()));
        return new RealAgent.State(runners);
    }

    private Watcher.State watcher(Watcher.State w) {
        List<Watcher.Check> checks = new ArrayList<>();
        for (Watcher.Check c : w.checks()) {
            checks.add(new Watcher.Check(vmm(c.vmm()), instance(c.instance()), c.snapshot(), c.awaitingSaga()));
        }
        return new Watcher.State(w.passesDone(), Symmetry.sortedChecks(checks));
    }

    private UserStop.State user(UserStop.State u) {
        UserStop.InFlight f = u.stop();
        if (f == null) {
            return u;
        }
        return new UserStop.State(u.completed(), new UserStop.InFlight(f.number(), instance(f.instance()),
                vmm(f.vmm()), f.snapshot(), f.awaitingSaga()));
    }

    Msg msg(Msg m) {
        if (m instanceof Msg.Get) {
            return new Msg.Get(vmm(((Msg.Get) m).vmm()));
        } else if (m instanceof Msg.Stop) {
            return new Msg.Stop(vmm(((Msg.Stop) m).vmm()));
        } else if (m instanceof Msg.StopApply) {
            return new Msg.StopApply(vmm(((Msg.StopApply) m).vmm()));
        } else if (m instanceof Msg.Poke) {
            return new Msg.Poke(vmm(((Msg.Poke) m).vmm()));
        } else if (m instanceof Msg.Ack) {
            Msg.Ack a = (Msg.Ack) m;
            return new Msg.Ack(vmm(a.vmm()), a.state(), a.gen());
        } else if (m instanceof Msg.Register) {
            return new Msg.Register(vmm(((Msg.Register) m).vmm()));
        } else if (m instanceof Msg.Publish) {
            Msg.Publish p = (Msg.Publish) m;
            return new Msg.Publish(vmm(p.vmm()), p.state(), p.gen());
        } else if (m instanceof Msg.GetReply) {
            Msg.GetReply r = (Msg.GetReply) m;
            return new Msg.GetReply(vmm(r.vmm()), r.answer());
        } else if (m instanceof Msg.StopReply) {
            Msg.StopReply r = (Msg.StopReply) m;
            return new Msg.StopReply(vmm(r.vmm()), r.answer());
        } else if (m instanceof Msg.Registered) {
            Msg.Registered r = (Msg.Registered) m;
            return new Msg.Registered(vmm(r.vmm()), r.answer());
        } else if (m instanceof Msg.Pass) {
            return m;
        } else if (m instanceof Msg.BeginStop) {
            Msg.BeginStop b = (Msg.BeginStop) m;
            return new Msg.BeginStop(b.number(), instance(b.instance()));
        } else if (m instanceof Msg.StartSaga) {
            Msg.StartSaga st = (Msg.StartSaga) m;
            return new Msg.StartSaga(instance(st.instance()), st.awaitedBy());
        } else if (m instanceof Msg.SagaStep) {
            Msg.SagaStep st = (Msg.SagaStep) m;
            SagaRead r = st.read();
            SagaRead renamed = r == null ? null : new SagaRead(r.instanceGen(), vmm(r.vmm()), r.vmmState());
            return new Msg.SagaStep(instance(st.instance()), st.stage(), renamed, st.awaitedBy());
        } else if (m instanceof Msg.SagaDone) {
            return new Msg.SagaDone(instance(((Msg.SagaDone) m).instance()));
        } else if (m instanceof Msg.Wake) {
            return new Msg.Wake(instance(((Msg.Wake) m).instance()));
        }
        throw new IllegalArgumentException("no renaming for " + m);
    }
}
