package dev.sledcheck.model.omicron;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.omicron.agent.AgentState;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.UserStop;
import dev.sledcheck.model.omicron.nexus.Watcher;
import java.util.ArrayList;
import java.util.List;

/**
 * A permutation of instances and VMM ids applied to a whole state: instance k becomes {@code
 * to[k]} and VMM n becomes {@code vmmTo[n]}, in the database, the agent's table, the watcher's and
 * the user's progress and every message in flight. Each value renames itself ({@code withIds}).
 */
final class Renaming implements Ids {
    private final int[] to;
    private final int[] vmmTo;

    Renaming(int[] to, int[] vmmTo) {
        this.to = to.clone();
        this.vmmTo = vmmTo.clone();
    }

    @Override
    public InstanceId instance(InstanceId i) {
        return new InstanceId(to[i.n()]);
    }

    @Override
    public VmmId vmm(VmmId v) {
        return new VmmId(vmmTo[v.n()]);
    }

    SystemState<Msg, Db> apply(ActorSystem<Msg, Db> system, SystemState<Msg, Db> s) {
        Roles roles = Roles.STANDARD;
        List<Object> actors = new ArrayList<>(s.actors());
        actors.set(roles.agent().index(), s.<AgentState>actor(roles.agent()).withIds(this));
        actors.set(roles.watcher().index(), s.<Watcher.State>actor(roles.watcher()).withIds(this));
        actors.set(roles.user().index(), s.<UserStop.State>actor(roles.user()).withIds(this));
        List<Envelope<Msg>> network = new ArrayList<>(s.network().size());
        for (Envelope<Msg> e : s.network()) {
            network.add(new Envelope<>(e.src(), e.dst(), e.msg().withIds(this)));
        }
        network.sort(system.order());
        return new SystemState<>(List.copyOf(actors), s.store().withIds(this), List.copyOf(network));
    }
}
