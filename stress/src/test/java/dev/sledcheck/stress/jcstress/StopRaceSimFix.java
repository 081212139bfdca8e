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
@Description("stop-race sim-fix: from Stopping 6 stored, the simulated agent's drain (publish, then remove)"
        + " races the user's second stop; no watcher")
@Outcome(id = "Destroyed/7, ok", expect = ACCEPTABLE,
        desc = "The stop reached the agent before the removal, or read the instance after the saga unlinked its VMM.")
@Outcome(id = "Destroyed/7 Failed/8, S1v", expect = ACCEPTABLE_INTERESTING,
        desc = "The stop read Destroyed 7 still linked, got 404 after the removal and wrote Failed 8 over it; a saga"
                + " had already stopped the instance (S1v, not S1i).")
@Outcome(id = "Destroyed/7 Failed/8, S1v S1i S4", expect = ACCEPTABLE_INTERESTING,
        desc = "The stop read Destroyed 7 still linked, got 404 and Failed 8 landed before the saga read it: the instance"
                + " is Failed and restarted. The checker finds it (no watcher needed).")
@Outcome(expect = FORBIDDEN, desc = "Any other outcome: the checker proves it unreachable from this state.")
@State
public class StopRaceSimFix {
    static final Race RACE = Race.STOP_SIM_FIX;
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
