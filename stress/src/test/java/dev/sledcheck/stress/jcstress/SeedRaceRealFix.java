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
@Description("seed-race real-fix: from Stopping 6 stored, the real runner publishes Destroyed 7 (GETs held)"
        + " and deregisters on the 204, racing one watcher pass")
@Outcome(id = "Destroyed/7, ok", expect = ACCEPTABLE,
        desc = "PR #7928: a GET during the publish is held and answered 200 Destroyed 7; later ones find the row settled.")
@Outcome(id = ".*Failed.*", expect = FORBIDDEN,
        desc = "A spurious Failed: the checker proves it unreachable from this state under same-thread delivery.")
@Outcome(expect = FORBIDDEN, desc = "Any other outcome: the checker proves it unreachable from this state.")
@State
public class SeedRaceRealFix {
    static final Race RACE = Race.SEED_REAL_FIX;
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
