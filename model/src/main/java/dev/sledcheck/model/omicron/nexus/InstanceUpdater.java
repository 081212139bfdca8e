package dev.sledcheck.model.omicron.nexus;

import dev.sledcheck.model.actor.Actor;
import dev.sledcheck.model.actor.Ctx;
import dev.sledcheck.model.actor.Id;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.Role;
import dev.sledcheck.model.omicron.Roles;
import dev.sledcheck.model.omicron.Said;
import dev.sledcheck.model.omicron.Stateless;
import java.util.ArrayList;
import java.util.List;

/**
 * Nexus's instance-updater background task ({@code --updater}; nexus/src/app/background/tasks/
 * instance_updater.rs L88-110 @d337333577c5): the one repair for an instance whose active VMM is
 * terminal but whose update saga was lost. omicron's test config disables it ({@code
 * instance_updater.disable = true}, nexus/tests/config.test.toml L138); production runs it every
 * 30 s (smf/nexus/single-sled/config-partial.toml L67, the same in multi-sled).
 *
 * <p>An activation lists the instances whose active VMM is Destroyed or Failed, not soft-deleted,
 * and not locked by a saga ({@code find_instances_by_active_vmm_state}, datastore/instance.rs
 * L431-455), and starts an update saga for each. The model activates it where omicron does: when
 * a saga could not be created ({@code update_instance}, app/instance.rs L2068-2078), when a saga
 * unwinds (instance_update/mod.rs L974-995), and after a restart (every task's first tick). Its
 * period is not modelled, except that an instance it skips because a saga holds the lock is left
 * for a next activation, which comes: the 30 s timer always fires again.
 */
public final class InstanceUpdater implements Actor<Stateless, Msg, Db> {
    private final Roles roles;

    public InstanceUpdater(Roles roles) {
        this.roles = roles;
    }

    @Override
    public Stateless init(Id self, Ctx<Msg, Db> ctx) {
        return Stateless.STATELESS;
    }

    @Override
    public Stateless receive(Id self, Stateless state, Id from, Msg msg, Ctx<Msg, Db> ctx) {
        if (!(msg instanceof Msg.Activate)) {
            throw new IllegalArgumentException("instance updater cannot handle " + msg);
        }
        Db db = ctx.store();
        List<String> started = new ArrayList<>();
        boolean skipped = false;
        for (InstanceRow i : db.instances()) {
            VmmRow active = db.activeVmm(i.id());
            if (active == null || active.deleted() || !active.state().terminal()) {
                continue;
            }
            if (i.locked()) {
                skipped = true;
            } else {
                ctx.send(roles.saga(), new Msg.StartSaga(i.id(), Role.NONE));
                started.add(i.id() + " (active " + active + ")");
            }
        }
        if (skipped) {
            ctx.send(self, new Msg.Activate());
        }
        ctx.note(new Said("instance updater: " + (started.isEmpty() ? "no instance to update"
                : "update saga started for " + String.join(", ", started))
                + (skipped ? "; a locked instance is left for the next activation" : "")));
        return state;
    }
}
