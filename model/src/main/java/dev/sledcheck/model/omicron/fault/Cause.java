package dev.sledcheck.model.omicron.fault;

import dev.sledcheck.model.omicron.Msg;

/** What a fault did to the message it struck, in the words of the exchange, for the injector's note. */
final class Cause {
    private Cause() {}

    static String of(FaultKind kind, Msg victim) {
        if (victim instanceof Msg.Publish p) {
            return "the agent's PUT /vmms/" + p.vmm() + " " + p.state() + " gen " + p.gen()
                    + " fails before Nexus writes it (connection refused or reset, or a 5xx); the agent sees a"
                    + " transport error";
        }
        if (victim instanceof Msg.Ack a) {
            return "Nexus's 204 to PUT /vmms/" + a.vmm() + " " + a.state() + " gen " + a.gen()
                    + " is lost after the write committed; the agent sees a transport error";
        }
        if (victim instanceof Msg.Get g) {
            return "the watcher's GET /vmms/" + g.vmm() + "/state never reaches the agent; it times out";
        }
        if (victim instanceof Msg.GetReply r) {
            return "the agent's answer to GET /vmms/" + r.vmm() + "/state (" + r.answer().describe()
                    + ") is lost; the watcher's GET times out";
        }
        if (victim instanceof Msg.Stop t) {
            return "the stop's PUT /vmms/" + t.vmm() + "/state never reaches the agent; it times out";
        }
        if (victim instanceof Msg.StopReply t) {
            return "the agent's answer to the stop's PUT /vmms/" + t.vmm() + "/state (" + t.answer().describe()
                    + ") is lost; the stop's PUT times out";
        }
        if (victim instanceof Msg.StartSaga s) {
            return kind == FaultKind.RESTART
                    ? "the instance-update saga for " + s.instance() + " had no record yet: it is lost"
                    : "the instance-update saga for " + s.instance() + " is never created (saga creation or"
                            + " the handler failed after its write)";
        }
        return victim.label();
    }
}
