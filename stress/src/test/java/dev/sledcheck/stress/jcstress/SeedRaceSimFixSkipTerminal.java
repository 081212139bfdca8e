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
@Description("seed-race sim-fix-skip-terminal: as sim-fix, and the watcher skips terminal VMMs (#11100)")
@Outcome(id = "Destroyed/7, ok", expect = ACCEPTABLE,
        desc = "Publish, then remove; the filter only removes listings: Destroyed 7 lands, nothing breaks.")
@Outcome(id = ".*Failed.*", expect = FORBIDDEN,
        desc = "A spurious Failed: the checker proves it unreachable from this state under same-thread delivery.")
@Outcome(expect = FORBIDDEN, desc = "Any other outcome: the checker proves it unreachable from this state.")
@State
public class SeedRaceSimFixSkipTerminal {
    static final Race RACE = Race.SEED_SIM_FIX_SKIP_TERMINAL;
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
