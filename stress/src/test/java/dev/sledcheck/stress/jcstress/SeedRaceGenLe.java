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
@Description("seed-race gen-le: as sim-fix, but Nexus writes when stored gen <= new gen (ties overwrite),"
        + " racing one watcher pass")
@Outcome(id = "Destroyed/7, ok", expect = ACCEPTABLE,
        desc = "The watcher wrote nothing that landed: its pass listed nothing, or its write met a soft-deleted row.")
@Outcome(id = "Destroyed/7, S2", expect = ACCEPTABLE_INTERESTING,
        desc = "The GET got 200 Stopping 6 and the tie Stopping 6 over Stopping 6 landed (S2: the gen did not rise).")
@Outcome(id = "Destroyed/7 Destroyed/7, S2", expect = ACCEPTABLE_INTERESTING,
        desc = "The GET got 200 Destroyed 7 during the publish and the tie Destroyed 7 landed twice (a double saga).")
@Outcome(id = "Destroyed/7 Failed/7, S1v S2", expect = ACCEPTABLE_INTERESTING,
        desc = "404 after the removal; the tie Failed 7 overwrote Destroyed 7 after a saga had stopped the instance"
                + " (S1v, not S1i).")
@Outcome(id = "Destroyed/7 Failed/7, S1v S1i S2 S4", expect = ACCEPTABLE_INTERESTING,
        desc = "404 after the removal; the tie Failed 7 overwrote Destroyed 7 first: the instance is Failed and restarted.")
@Outcome(expect = FORBIDDEN, desc = "Any other outcome: the checker proves it unreachable from this state.")
@State
public class SeedRaceGenLe {
    static final Race RACE = Race.SEED_GEN_LE;
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
