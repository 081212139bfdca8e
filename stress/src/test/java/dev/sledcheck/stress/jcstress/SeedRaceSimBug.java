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
@Description("seed-race sim-bug: from Stopping 6 stored, the simulated agent's last poke (remove, then publish"
        + " Destroyed 7) races one watcher pass")
@Outcome(id = "Destroyed/7, ok", expect = ACCEPTABLE,
        desc = "The GET came before the removal (200 Stopping 6, a dropped write) or the pass came after Destroyed 7 landed.")
@Outcome(id = "Destroyed/7, S3", expect = ACCEPTABLE_INTERESTING,
        desc = "404 after the removal while Nexus still had Stopping 6 (S3), but Destroyed 7 committed before Failed 7.")
@Outcome(id = "Failed/7, S1v S1i S3 S4", expect = ACCEPTABLE_INTERESTING,
        desc = "The seed's race (#7282): 404 after the removal, Failed 7 commits first, Destroyed 7 is dropped;"
                + " the saga commits the stopped instance Failed (S1i) and it is restarted. The checker finds it.")
@Outcome(expect = FORBIDDEN, desc = "Any other outcome: the checker proves it unreachable from this state.")
@State
public class SeedRaceSimBug {
    static final Race RACE = Race.SEED_SIM_BUG;
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
