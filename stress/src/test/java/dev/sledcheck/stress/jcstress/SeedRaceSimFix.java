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
@Description("seed-race sim-fix: from Stopping 6 stored, the simulated agent's last poke (publish Destroyed 7,"
        + " remove on the 204) races one watcher pass")
@Outcome(id = "Destroyed/7, ok", expect = ACCEPTABLE,
        desc = "Publish, then remove: a 404 comes only after Destroyed 7 committed, so Failed 7 would be dropped.")
@Outcome(id = ".*Failed.*", expect = FORBIDDEN,
        desc = "A spurious Failed: the checker proves it unreachable from this state under same-thread delivery.")
@Outcome(expect = FORBIDDEN, desc = "Any other outcome: the checker proves it unreachable from this state.")
@State
public class SeedRaceSimFix {
    static final Race RACE = Race.SEED_SIM_FIX;
    private final OmicronThreads threads = RACE.threads();

    @Actor
    public void drain() {
        threads.drain();
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
