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
@Description("dup-race real-pre: Stopping 6 stored but its 204 lost (--faults dup): the real runner retries,"
        + " a duplicate PUT Nexus drops, then deregisters, bumps to Destroyed 8 and publishes, racing one watcher pass")
@Outcome(id = "Destroyed/8, ok", expect = ACCEPTABLE,
        desc = "The duplicate was dropped; the GET came before the deregistration, or after Destroyed 8 landed.")
@Outcome(id = "Destroyed/8, S3", expect = ACCEPTABLE_INTERESTING,
        desc = "404 after the deregistration while Nexus had Stopping 6 (S3); Destroyed 8 committed before Failed 7.")
@Outcome(id = "Failed/7 Destroyed/8, S1v S3", expect = ACCEPTABLE_INTERESTING,
        desc = "The race survives the retry: Failed 7 landed, then Destroyed 8 overwrote it before a saga read it.")
@Outcome(id = "Failed/7 Destroyed/8, S1v S1i S3 S4", expect = ACCEPTABLE_INTERESTING,
        desc = "Failed 7 landed, the saga failed and restarted the instance, then Destroyed 8 landed on the unlinked row.")
@Outcome(id = "Failed/7, S1v S1i S3 S4", expect = ACCEPTABLE_INTERESTING,
        desc = "Failed 7 landed, the saga failed, restarted and soft-deleted it before Destroyed 8 arrived (dropped).")
@Outcome(expect = FORBIDDEN, desc = "Any other outcome: the checker proves it unreachable from this state.")
@State
public class DupRaceRealPre {
    static final Race RACE = Race.DUP_REAL_PRE;
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
