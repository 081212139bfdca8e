package dev.sledcheck.stress.jcstress.demo;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.sledcheck.stress.omicron.Findings;
import dev.sledcheck.stress.omicron.OmicronThreads;
import dev.sledcheck.stress.races.Race;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LL_Result;

/**
 * A deliberately wrong test, outside the normal suite (compiled only with
 * {@code -Pjcstress-forbidden-demo}): it declares sim-bug's spurious Failed FORBIDDEN, which the
 * checker finds reachable, to show that a FORBIDDEN outcome seen by jcstress fails the build.
 */
@JCStressTest
@Description("demo: the seed race of sim-bug, with the spurious Failed wrongly declared FORBIDDEN")
@Outcome(id = "Destroyed/7, ok", expect = ACCEPTABLE, desc = "No spurious Failed.")
@Outcome(id = "Destroyed/7, S3", expect = ACCEPTABLE_INTERESTING, desc = "404 too early, but Destroyed 7 won.")
@Outcome(id = ".*Failed.*", expect = FORBIDDEN, desc = "The seed's spurious Failed, declared FORBIDDEN on purpose.")
@Outcome(expect = FORBIDDEN, desc = "Any other outcome.")
@State
public class SimBugDeclaredForbidden {
    private final OmicronThreads threads = Race.SEED_SIM_BUG.threads();

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
        Findings f = threads.findings();
        r.r1 = f.landed();
        r.r2 = f.brokenText();
    }
}
