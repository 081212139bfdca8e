package dev.sledcheck.model.omicron.fault;

import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.Faults;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.Roles;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.UserStop;
import java.util.List;

/**
 * The faults a plan allows, offered on every message in flight a kind of it may strike until the
 * run has had {@link FaultPlan#max} of them (the injector's count, part of the state, so the bound
 * holds on every path and reductions keep it). A stop's exchange is struck only for the racing
 * stop (number 2): the seed's test fails at once if its first stop does not get 202.
 */
public final class FaultsInOmicron implements Faults<Msg, Db> {
    private final FaultPlan plan;
    private final List<FaultKind> kinds;
    private final Roles roles;

    public FaultsInOmicron(FaultPlan plan, Roles roles) {
        if (roles.faults() == null) {
            throw new IllegalArgumentException("faults need the fault injector among the roles");
        }
        this.plan = plan;
        this.kinds = plan.ordered();
        this.roles = roles;
    }

    @Override
    public void strike(SystemState<Msg, Db> state, Envelope<Msg> inFlight, List<Envelope<Msg>> into) {
        Injector.Spent spent = state.actor(roles.faults());
        if (spent.faults() >= plan.max()) {
            return;
        }
        Msg m = inFlight.msg();
        for (FaultKind k : kinds) {
            if (k.mayStrike(m) && (!stopExchange(m) || racingStop(state))) {
                into.add(Envelope.fault(k.id(), inFlight, roles.faults(), new Msg.Struck(k, m)));
            }
        }
    }

    private static boolean stopExchange(Msg m) {
        return m instanceof Msg.Stop || m instanceof Msg.StopReply;
    }

    private boolean racingStop(SystemState<Msg, Db> state) {
        UserStop.State u = state.actor(roles.user());
        return u.stop() != null && u.stop().number() == 2;
    }
}
