package dev.sledcheck.model.omicron.nexus;

import dev.sledcheck.model.actor.Actor;
import dev.sledcheck.model.actor.Ctx;
import dev.sledcheck.model.actor.Id;
import dev.sledcheck.model.omicron.InstanceId;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.Role;
import dev.sledcheck.model.omicron.Roles;
import dev.sledcheck.model.omicron.SagaRead;
import dev.sledcheck.model.omicron.SagaStage;
import dev.sledcheck.model.omicron.Said;
import dev.sledcheck.model.omicron.Stateless;
import dev.sledcheck.model.omicron.VmmState;

/**
 * The instance-update saga executor (nexus/src/app/sagas/instance_update/ @d337333577c5: the start
 * saga in start.rs, the real saga in mod.rs). Every saga's progress travels in its next {@link
 * Msg.SagaStep}, so many sagas can be in flight and interleave with everything else; the executor
 * itself keeps no state.
 *
 * <p>Steps: lock (another saga holds the lock: end, doing nothing, start.rs L151-163); read the
 * current instance and active VMM (start.rs L170-173); nothing to update: release the lock and end
 * (start.rs L291-305: no successor, no reincarnation); else commit the runtime computed from that
 * read (the instance Failed if the VMM read was Failed, else no VMM, at instance gen + 1,
 * conditional on the lock and an unchanged gen, releasing the lock in the same statement:
 * datastore/instance.rs {@code instance_commit_update} L1837-1984). A refused commit is a conflict
 * (L1934-1948): the saga unwinds, which only releases the lock (and activates the instance-updater
 * task, disabled in the test config). After a commit: soft-delete the VMM row, then chain a
 * successor if the re-read instance still needs an update ({@code siu_chain_successor_saga},
 * mod.rs L1216-1336). Reincarnation is a periodic task: the commit that makes an instance Failed
 * puts its next activation in flight (it coalesces with the chain step's {@code activate()}).
 */
public final class Saga implements Actor<Stateless, Msg, Db> {
    private final Roles roles;
    private final boolean restartPolicy;

    public Saga(Roles roles, boolean restartPolicy) {
        this.roles = roles;
        this.restartPolicy = restartPolicy;
    }

    @Override
    public Stateless init(Id self, Ctx<Msg, Db> ctx) {
        return Stateless.STATELESS;
    }

    @Override
    public Stateless receive(Id self, Stateless state, Id from, Msg msg, Ctx<Msg, Db> ctx) {
        if (msg instanceof Msg.StartSaga) {
            lock(self, (Msg.StartSaga) msg, ctx);
        } else if (msg instanceof Msg.SagaStep) {
            step(self, (Msg.SagaStep) msg, ctx);
        } else {
            throw new IllegalArgumentException("saga cannot handle " + msg);
        }
        return state;
    }

    private void lock(Id self, Msg.StartSaga start, Ctx<Msg, Db> ctx) {
        Db db = ctx.store();
        InstanceRow inst = db.instance(start.instance());
        if (inst.locked()) {
            ctx.note(new Said("instance update: " + inst.id() + " is locked by another saga: nothing to do"));
            done(start.instance(), start.awaitedBy(), ctx);
            return;
        }
        ctx.store(db.with(inst.withLock(true)));
        ctx.note(new Said("instance update: locked " + inst.id()));
        ctx.send(self, new Msg.SagaStep(start.instance(), SagaStage.READ, null, start.awaitedBy()));
    }

    private void step(Id self, Msg.SagaStep s, Ctx<Msg, Db> ctx) {
        Db db = ctx.store();
        InstanceRow inst = db.instance(s.instance());
        switch (s.stage()) {
            case READ: {
                VmmRow vmm = db.activeVmm(s.instance());
                SagaRead read = new SagaRead(inst.gen(), vmm == null ? null : vmm.id(), vmm == null ? null : vmm.state());
                ctx.note(new Said("instance update: read " + inst + (vmm == null ? "" : ", active VMM " + vmm)));
                SagaStage next = vmm != null && vmm.state().terminal() ? SagaStage.COMMIT : SagaStage.UNLOCK;
                ctx.send(self, new Msg.SagaStep(s.instance(), next, read, s.awaitedBy()));
                return;
            }
            case COMMIT: {
                if (inst.gen() != s.read().instanceGen()) {
                    ctx.store(db.with(inst.withLock(false)));
                    ctx.note(new Said("instance update: commit refused: instance state has changed (conflict);"
                            + " the saga unwinds: lock released"
                            + (roles.updater() != null ? "; the instance-updater task is activated" : "")));
                    if (roles.updater() != null) {
                        ctx.send(roles.updater(), new Msg.Activate());
                    }
                    done(s.instance(), s.awaitedBy(), ctx);
                    return;
                }
                InstanceRow next = inst.unlinked(s.read().vmmState() == VmmState.FAILED);
                ctx.store(db.with(next));
                ctx.note(new Said("instance update: committed update new runtime state! " + next
                        + ", did_unlock = true"));
                if (next.failed() && restartPolicy) {
                    ctx.send(roles.reincarnation(), new Msg.Wake(s.instance()));
                }
                ctx.send(self, new Msg.SagaStep(s.instance(), SagaStage.SOFT_DELETE, s.read(), s.awaitedBy()));
                return;
            }
            case SOFT_DELETE: {
                Db.Deleted d = db.markDeleted(s.read().vmm());
                ctx.store(d.db());
                ctx.note(new Said("instance update: " + (d.deleted() ? "soft-deleted VMM " + s.read().vmm()
                        : "VMM " + s.read().vmm() + " not soft-deleted (not destroyable, or deleted already)")));
                ctx.send(self, new Msg.SagaStep(s.instance(), SagaStage.FINISH, s.read(), s.awaitedBy()));
                return;
            }
            case UNLOCK: {
                ctx.store(db.with(inst.withLock(false)));
                ctx.note(new Said("instance update: no updates required, releasing lock on " + inst.id()));
                done(s.instance(), s.awaitedBy(), ctx);
                return;
            }
            case FINISH:
                finish(s.instance(), s.awaitedBy(), ctx);
                return;
            default:
                throw new IllegalStateException("unknown saga stage " + s.stage());
        }
    }

    private void finish(InstanceId instance, Role awaitedBy, Ctx<Msg, Db> ctx) {
        VmmRow active = ctx.store().activeVmm(instance);
        if (active != null && active.state().terminal()) {
            ctx.send(roles.saga(), new Msg.StartSaga(instance, Role.NONE));
            ctx.note(new Said("instance update: " + active + " still needs an update: successor saga chained"));
        } else {
            ctx.note(new Said("instance update: " + instance + " needs no further update: no successor"));
        }
        done(instance, awaitedBy, ctx);
    }

    private void done(InstanceId instance, Role awaitedBy, Ctx<Msg, Db> ctx) {
        if (awaitedBy != Role.NONE) {
            ctx.send(roles.of(awaitedBy), new Msg.SagaDone(instance));
        }
    }
}
