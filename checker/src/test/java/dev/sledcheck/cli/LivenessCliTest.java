package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Liveness from the command line: {@code --liveness} adds omicron's L2 and L3, {@code --fair}
 * changes who is fair, a lasso prints where its cycle starts, and the replay the check prints
 * carries both options and finds the lasso broken.
 */
class LivenessCliTest {

    private static final Pattern REPLAY = Pattern.compile("replay: +\\S+ replay (.*) --schedule '([^']*)'");

    @Test
    void aLassoIsPrintedAndItsReplayBreaksTheProperty(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        Path html = dir.resolve("r.html");
        Cli r = Cli.run("check", "--variant", "real-pre", "--liveness", "--fair", "none", "--property", "L2",
                "--threads", "1", "--report", "json=" + json, "--report", "html=" + html);
        assertEquals(1, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("check seed-7282 real-pre --liveness --fair none\n"), out);
        assertTrue(out.contains("no fairness (a cycle may starve any"), out);
        assertTrue(out.contains("L2  VIOLATED\n"), out);
        Matcher steps = Pattern.compile("counterexample, (\\d+) steps, a lasso:").matcher(out);
        assertTrue(steps.find(), out);
        String n = steps.group(1);
        assertTrue(out.contains("cycle starts at step " + n + "; the run repeats step " + n + " for ever"), out);
        Matcher m = REPLAY.matcher(out);
        assertTrue(m.find(), out);
        assertEquals("--scenario seed-7282 --variant real-pre --liveness --fair none", m.group(1));
        Cli replay = Cli.run("replay", "--variant", "real-pre", "--liveness", "--fair", "none", "--schedule", m.group(2));
        assertEquals(1, replay.exit(), replay.err());
        assertTrue(replay.out().contains("  cycle starts at step " + n + "; the run repeats step " + n + " for ever"),
                replay.out());
        assertTrue(replay.out().matches("(?s).*\nbroken: .*L2\n"), replay.out());
        Cli fair = Cli.run("replay", "--variant", "real-pre", "--liveness", "--schedule", m.group(2));
        assertFalse(fair.out().contains("L2"), "with every actor fair the lasso breaks nothing of L2's: " + fair.out());
        assertTrue(Files.readString(json).contains("\"cycleFrom\" : " + n), "the JSON keeps the cycle");
        assertTrue(Files.readString(html).contains("<g class=\"cycle\" data-from=\"" + n + "\""), "the diagram marks it");
    }

    @Test
    void withoutLivenessThereIsNoL2AndABadFairActorIsOneLine() {
        Cli none = Cli.run("check", "--variant", "sim-fix", "--property", "L2");
        assertEquals(2, none.exit());
        assertTrue(none.err().startsWith("sledcheck: unknown property 'L2'"), none.err());
        Cli bad = Cli.run("check", "--variant", "sim-fix", "--liveness", "--fair", "agent,nobody");
        assertEquals(2, bad.exit());
        assertEquals("sledcheck: --fair 'agent,nobody': unknown actor 'nobody'; give none, or names of the model's"
                + " actors: agent, nexus, watcher, user, saga, reincarnation\n", bad.err());
    }

    @Test
    void everyActorFairIsTheDefaultAndSaidInTheBounds() {
        Cli r = Cli.run("check", "--variant", "sim-fix", "--liveness", "--property", "L2", "--property", "L3");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().replaceAll("\\s+", " ").contains("weak fairness for agent, nexus, reincarnation, saga, user,"
                + " watcher (one that can move from some point on for ever moves again and again)"), r.out());
        assertTrue(r.out().contains("L2  SAFE within the bounds") && r.out().contains("L3  SAFE within the bounds"), r.out());
    }
}
