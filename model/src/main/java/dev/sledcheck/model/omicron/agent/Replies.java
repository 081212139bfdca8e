package dev.sledcheck.model.omicron.agent;

import dev.sledcheck.model.actor.Ctx;
import dev.sledcheck.model.actor.Id;
import dev.sledcheck.model.omicron.Answer;
import dev.sledcheck.model.omicron.Answered404;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.Said;
import dev.sledcheck.model.omicron.VmmId;
import dev.sledcheck.model.omicron.VmmState;
import dev.sledcheck.model.omicron.nexus.Db;

/** What both sled agents answer alike: a VMM they do not know, a GET they can answer, a registration. */
final class Replies {
    private Replies() {}

    /** 404 NO_SUCH_INSTANCE to a GET or a stop: the VMM is not in the table (noted for S3). */
    static void noSuchInstance(Ctx<Msg, Db> ctx, Id to, Msg request, VmmId id) {
        Answer a = Answer.of(Answer.Code.NO_SUCH_INSTANCE);
        if (request instanceof Msg.Get) {
            ctx.note(new Answered404(id, "GET"));
            ctx.send(to, new Msg.GetReply(id, a));
        } else {
            ctx.note(new Answered404(id, "PUT"));
            ctx.send(to, new Msg.StopReply(id, a));
        }
    }

    /** 200 (state, gen) to a GET. */
    static void current(Ctx<Msg, Db> ctx, Id to, Vmm v) {
        ctx.note(new Said("GET /vmms/" + v.id() + "/state -> 200 " + v.state() + " gen " + v.gen()));
        ctx.send(to, new Msg.GetReply(v.id(), Answer.ok(v.state(), v.gen())));
    }

    /**
     * Registers a VMM for the start saga: Starting at gen 2 (omicron registers with the initial
     * gen + 1), nothing to come, since nothing pokes it. Answers 200 and returns the new VMM.
     */
    static Vmm register(Ctx<Msg, Db> ctx, Id to, VmmId id) {
        Vmm v = Vmm.registered(id, VmmState.STARTING, 2);
        ctx.note(new Said("register " + id + ": " + v));
        ctx.send(to, new Msg.Registered(id, Answer.ok(v.state(), v.gen())));
        return v;
    }

    /** 200 (state, gen) to the start saga's Run request, which changes no gen. */
    static void ran(Ctx<Msg, Db> ctx, Id to, Vmm v) {
        ctx.note(new Said("PUT /vmms/" + v.id() + "/state Running -> 200 " + v.state() + " gen " + v.gen()
                + (v.drained() ? "" : ", to come " + v.queue())));
        ctx.send(to, new Msg.RunReply(v.id(), Answer.ok(v.state(), v.gen())));
    }
}
