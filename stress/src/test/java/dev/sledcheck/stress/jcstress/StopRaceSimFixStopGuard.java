package dev.sledcheck.stress.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
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
@Description("stop-race sim-fix-stop-guard: as stop-race sim-fix, but a stop treats a terminal active VMM"
        + " as already done")
@Outcome(id = "Destroyed/7, ok", expect = ACCEPTABLE,
        desc = "The guard: a stop that reads Destroyed 7 does not call the agent, so it never gets the 404.")
@Outcome(id = ".*Failed.*", expect = FORBIDDEN,
        desc = "A spurious Failed: the checker proves it unreachable from this state under same-thread delivery.")
@Outcome(expect = FORBIDDEN, desc = "Any other outcome: the checker proves it unreachable from this state.")
@State
public class StopRaceSimFixStopGuard {
    static final Race RACE = Race.STOP_SIM_FIX_STOP_GUARD;
    private final OmicronThreads threads = RACE.threads();

    @Actor
    public void drain() {
        threads.drain();
    }

    @Actor
    public void userStop() {
        threads.userStop();
    }

    @Arbiter
    public void arbiter(LL_Result r) {
        Arbiters.judge(threads, r);
    }
}
