package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code --delivery} and {@code --start}: the checker asked the stress engines' question. */
class DeliveryOptionsTest {

    /** seed-7282 up to the agent's 204 for Stopping 6 (simulated agent). */
    static final String TO_STOPPING_6 = "user:stop#1(i0);agent:stop(v1);agent:stop-apply(v1);"
            + "user:stop-reply(v1,200:Stopping/3);agent:poke(v1);nexus:put(v1,Running/4);agent:204(v1,Running/4);"
            + "agent:poke(v1);nexus:put(v1,Stopping/5);agent:204(v1,Stopping/5);"
            + "agent:poke(v1);nexus:put(v1,Stopping/6);agent:204(v1,Stopping/6)";

    @Test
    void sameThreadFromTheSeedsStateFindsTheRaceInFourSteps() {
        Cli r = Cli.run("check", "--variant", "sim-bug", "--passes", "1", "--delivery", "same-thread",
                "--start", TO_STOPPING_6, "--property", "S1v");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("--delivery same-thread --start (13 steps, to agent:204(v1,Stopping/6))"), r.out());
        assertTrue(r.out().contains("same-thread delivery (one thread per message in flight at the start;"), r.out());
        assertTrue(r.out().contains("schedule: agent:poke(v1);watcher:pass(1);agent:get(v1);watcher:get-reply(v1,404)"),
                r.out());
    }

    @Test
    void theFixIsSafeFromThereInBothDeliveries() {
        for (String delivery : new String[] {"any", "same-thread"}) {
            Cli r = Cli.run("check", "--variant", "sim-fix", "--passes", "1", "--delivery", delivery,
                    "--start", TO_STOPPING_6, "--property", "S1v");
            assertEquals(0, r.exit(), delivery + ": " + r.out() + r.err());
            assertTrue(r.out().contains("S1v  SAFE within the bounds"), r.out());
        }
    }

    @Test
    void theReplayLineReplaysFromTheSameStart() {
        Cli check = Cli.run("check", "--variant", "sim-bug", "--passes", "1", "--delivery", "same-thread",
                "--start", TO_STOPPING_6, "--property", "S1v");
        Matcher m = Pattern.compile("schedule: (\\S+)").matcher(check.out());
        assertTrue(m.find());
        assertTrue(check.out().contains("replay:   sledcheck replay --scenario seed-7282 --variant sim-bug --passes 1"
                + " --delivery same-thread --start '" + TO_STOPPING_6 + "' --schedule '" + m.group(1) + "'"), check.out());
        Cli replay = Cli.run("replay", "--variant", "sim-bug", "--passes", "1", "--delivery", "same-thread",
                "--start", TO_STOPPING_6, "--schedule", m.group(1));
        assertEquals(1, replay.exit(), replay.err());
        assertTrue(replay.out().contains("<== S1v broken"), replay.out());
        // Every same-thread run is a run of the full model: the whole schedule replays there too.
        Cli full = Cli.run("replay", "--variant", "sim-bug", "--passes", "1", "--schedule", TO_STOPPING_6 + ";" + m.group(1));
        assertEquals(1, full.exit(), full.err());
        assertTrue(full.out().contains("<== S1v broken"), full.out());
    }

    @Test
    void badDeliveryAndBadStartAreOneLineErrors() {
        Cli bad = Cli.run("check", "--delivery", "sometimes");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("unknown delivery 'sometimes'; valid: any, same-thread"), bad.err());
        Cli start = Cli.run("check", "--start", "agent:poke(v1)");
        assertEquals(2, start.exit());
        assertTrue(start.err().strip().startsWith("sledcheck: bad --start schedule: step 1: \"agent:poke(v1)\" is not enabled"),
                start.err());
        assertEquals(1, start.err().strip().lines().count());
    }
}
