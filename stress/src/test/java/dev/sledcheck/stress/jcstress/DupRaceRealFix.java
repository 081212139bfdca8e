package dev.sledcheck.stress.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.sledcheck.stress.omicron.OmicronThreads;
import dev.sledcheck.stress.races.Race;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;

@JCStressTest
@Description("dup-race real-fix: Stopping 6 stored but its 204 lost (--faults dup): the real runner retries,"
        + " a duplicate PUT Nexus drops, then publishes Destroyed 7 (GETs held) and deregisters on the 204,"
        + " racing one watcher pass")
@Outcome(id = "Destroyed/7, ok", expect = ACCEPTABLE,
        desc = "The duplicate is a no-op under the strict gen check; a GET during the final publish is held.")
@Outcome(id = ".*Failed.*", expect = FORBIDDEN,
        desc = "A spurious Failed: the checker proves it unreachable from this state under same-thread delivery.")
@Outcome(expect = FORBIDDEN, desc = "Any other outcome: the checker proves it unreachable from this state.")
@State
public class DupRaceRealFix {
    static final Race RACE = Race.DUP_REAL_FIX;
    private final OmicronThreads threads = RACE.threads();

    @Actor
    public void retry() {
        threads.retry();
    }

    @Actor
    public void watcherPass() {
        threads.watcherPass();
    }

    @Arbiter
    public void arbiter(LL_Result r) {
        Arbiters.judge(threads, r);
    }
}
