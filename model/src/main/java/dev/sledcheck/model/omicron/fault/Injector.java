package dev.sledcheck.model.omicron.fault;

import dev.sledcheck.model.actor.Actor;
import dev.sledcheck.model.actor.Ctx;
import dev.sledcheck.model.actor.Id;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.Role;
import dev.sledcheck.model.omicron.Roles;
import dev.sledcheck.model.omicron.Said;
import dev.sledcheck.model.omicron.nexus.Db;

/**
 * The fault injector: each fault is one step of it ({@code kind:receiver:label}), in which it spends
 * one of the run's faults and tells the client of the exchange the fault struck what that client
 * sees, a message its own handler then acts on as omicron does:
 * <ul>
 *   <li>a PUT of the agent, or Nexus's 204 to it: the agent gets {@link Msg.PutFailed};
 *   <li>the watcher's GET or the agent's answer: the watcher gets {@link Msg.GetFailed};
 *   <li>the racing stop's PUT or the agent's answer: the user gets {@link Msg.StopFailed};
 *   <li>a saga's creation: whoever waits for it gets {@link Msg.SagaFailed}, and the instance
 *       updater, if it runs, is activated ({@code update_instance}'s error path, app/instance.rs
 *       L2068-2078 @d337333577c5).
 * </ul>
 * A restart also activates the instance updater, if it runs: every background task's first tick
 * comes at start-up (nexus/src/app/background/driver.rs L327-348 @d337333577c5).
 * The notice travels as a message: the client notices the failure some time later (a timeout
 * takes its time), which changes nothing the client would not do at once, since nothing it
 * handles in between is about the exchange.
 */
public final class Injector implements Actor<Injector.Spent, Msg, Db> {

    /** How many faults this run has had. */
    public record Spent(int faults) {}

    private final Roles roles;

    public Injector(Roles roles) {
        this.roles = roles;
    }

    @Override
    public Spent init(Id self, Ctx<Msg, Db> ctx) {
        return new Spent(0);
    }

    @Override
    public Spent receive(Id self, Spent state, Id from, Msg msg, Ctx<Msg, Db> ctx) {
        if (!(msg instanceof Msg.Struck s)) {
            throw new IllegalArgumentException("fault injector cannot handle " + msg);
        }
        String what = (s.kind() == FaultKind.RESTART ? "Nexus restarts: " : "") + Cause.of(s.kind(), s.victim());
        Msg v = s.victim();
        if (v instanceof Msg.Publish p) {
            ctx.send(roles.agent(), new Msg.PutFailed(p.vmm(), p.state(), p.gen()));
        } else if (v instanceof Msg.Ack a) {
            ctx.send(roles.agent(), new Msg.PutFailed(a.vmm(), a.state(), a.gen()));
        } else if (v instanceof Msg.Get g) {
            ctx.send(roles.watcher(), new Msg.GetFailed(g.vmm()));
        } else if (v instanceof Msg.GetReply r) {
            ctx.send(roles.watcher(), new Msg.GetFailed(r.vmm()));
        } else if (v instanceof Msg.Stop t) {
            ctx.send(roles.user(), new Msg.StopFailed(t.vmm()));
        } else if (v instanceof Msg.StopReply t) {
            ctx.send(roles.user(), new Msg.StopFailed(t.vmm()));
        } else if (v instanceof Msg.StartSaga st) {
            if (st.awaitedBy() != Role.NONE) {
                ctx.send(roles.of(st.awaitedBy()), new Msg.SagaFailed(st.instance()));
            }
            if (roles.updater() == null) {
                what += "; the instance-updater task is disabled (omicron's test config): nothing repairs it";
            }
        } else {
            throw new IllegalArgumentException("no fault strikes " + v);
        }
        if (roles.updater() != null && (v instanceof Msg.StartSaga || s.kind() == FaultKind.RESTART)) {
            ctx.send(roles.updater(), new Msg.Activate());
            what += "; the instance-updater task is activated";
        }
        ctx.note(new Said("fault " + (state.faults() + 1) + ": " + what));
        return new Spent(state.faults() + 1);
    }
}
