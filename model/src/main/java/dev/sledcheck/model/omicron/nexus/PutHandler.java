package dev.sledcheck.model.omicron.nexus;

import dev.sledcheck.model.actor.Actor;
import dev.sledcheck.model.actor.Ctx;
import dev.sledcheck.model.actor.Id;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.Role;
import dev.sledcheck.model.omicron.Roles;
import dev.sledcheck.model.omicron.Said;
import dev.sledcheck.model.omicron.Stateless;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.omicron.Writer;

/**
 * Nexus's {@code PUT /vmms/{id}} (nexus/src/app/instance.rs L2109-2165 @BUG). One step: the
 * conditional write, a saga spawned (not awaited) if a terminal state landed, and the 204. A
 * dropped write is silent: the agent gets its 204 all the same.
 */
public final class PutHandler implements Actor<Stateless, Msg, Db> {
    private final Variant variant;
    private final Roles roles;

    public PutHandler(Variant variant, Roles roles) {
        this.variant = variant;
        this.roles = roles;
    }

    @Override
    public Stateless init(Id self, Ctx<Msg, Db> ctx) {
        return Stateless.STATELESS;
    }

    @Override
    public Stateless receive(Id self, Stateless state, Id from, Msg msg, Ctx<Msg, Db> ctx) {
        if (!(msg instanceof Msg.Publish)) {
            throw new IllegalArgumentException("nexus cannot handle " + msg);
        }
        Msg.Publish p = (Msg.Publish) msg;
        ctx.note(new Said("received new VMM runtime state from sled agent: " + p.vmm() + " " + p.state()
                + " gen " + p.gen()));
        Write w = VmmUpdates.write(ctx, Writer.NEXUS, p.vmm(), p.state(), p.gen(), variant.genCheck());
        if (VmmUpdates.needsSaga(w)) {
            Db db = ctx.store();
            ctx.send(roles.saga(), new Msg.StartSaga(db.vmm(p.vmm()).instance(), Role.NONE));
            ctx.note(new Said("instance-update saga spawned"));
        }
        ctx.send(from, new Msg.Ack(p.vmm(), p.state(), p.gen()));
        ctx.note(new Said("204"));
        return state;
    }
}
