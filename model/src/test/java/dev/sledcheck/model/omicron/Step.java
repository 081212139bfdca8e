package dev.sledcheck.model.omicron;

import dev.sledcheck.model.actor.Access;
import dev.sledcheck.model.actor.Actor;
import dev.sledcheck.model.actor.Ctx;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.Id;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.InstanceRow;
import dev.sledcheck.model.omicron.nexus.Intended;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import java.util.ArrayList;
import java.util.List;

/**
 * One handler call of one actor, outside any search: what the fidelity tests compare with the
 * omicron code they cite. {@code db} is the database before the step (or after, in {@link #db}).
 */
record Step<S>(S state, Db db, List<Envelope<Msg>> sent, String notes) {

    static final Roles ROLES = Roles.STANDARD;
    static final InstanceId I0 = new InstanceId(0);
    static final VmmId V1 = new VmmId(1);

    @SuppressWarnings("unchecked")
    static <S> Step<S> run(Actor<S, Msg, Db> actor, Id self, S state, Db db, Id from, Msg msg) {
        Ctx<Msg, Db> ctx = new Ctx<>(self, Access.STORE, db, true);
        S next = actor.receive(self, state, from, msg, ctx);
        StringBuilder notes = new StringBuilder();
        ctx.notes().forEach(n -> notes.append(n.describe()).append('\n'));
        return new Step<>(next, ctx.currentStore(), List.copyOf(ctx.sent()), notes.toString());
    }

    /** A database with instance i0 at gen 3 linked to v1, {@code state} at {@code gen}. */
    static Db db(VmmState state, int gen, boolean locked) {
        return new Db(List.of(new VmmRow(V1, I0, state, gen, false)),
                List.of(new InstanceRow(I0, 3, V1, false, Intended.RUNNING, locked, false, true)));
    }

    /** The messages sent, as {@code receiver:label}. */
    List<String> tokens() {
        List<String> out = new ArrayList<>();
        for (Envelope<Msg> e : sent) {
            out.add(e.dst().index() + ":" + e.msg().label());
        }
        return out;
    }

    boolean sends(Class<? extends Msg> kind) {
        return sent.stream().anyMatch(e -> kind.isInstance(e.msg()));
    }
}
