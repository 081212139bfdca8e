package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code check --search swarm} on the command line: the same output for a seed on any threads, the
 * broken examples' violations found and replayable, the spurious Failed of scale found fast, and
 * no SAFE ever.
 */
class SwarmCliTest {

    private static final Pattern VERDICT = Pattern.compile("(?m)^(\\S+)  (SAFE|VIOLATED|REACHED|UNREACHED|INCOMPLETE)\\b");
    private static final Pattern REPLAY = Pattern.compile("(?m)^    replay:   \\S+ (replay .*) --schedule '([^']*)'$");

    private static Cli swarm(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--search", "swarm"));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void theSameSeedPrintsTheSameOnAnyNumberOfThreads() {
        String[] args = {"--scenario", "scale", "--instances", "2", "--variant", "sim-bug", "--seed", "11",
            "--walks", "12", "--depth", "60"};
        Cli one = swarm(concat(args, "--threads", "1"));
        Cli again = swarm(concat(args, "--threads", "1"));
        Cli two = swarm(concat(args, "--threads", "2"));
        assertEquals(one.outWithoutTime(), again.outWithoutTime());
        assertEquals(one.outWithoutTime(), two.outWithoutTime());
        assertEquals(one.exit(), two.exit());
        assertTrue(one.out().contains("method  swarm, seed 11, "), one.out());
    }

    @Test
    void itFindsTheSpuriousFailedOfScaleQuickly() {
        long start = System.nanoTime();
        Cli r = swarm("--scenario", "scale", "--instances", "2", "--variant", "sim-bug", "--property", "S1v",
                "--seed", "1");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("S1v  VIOLATED"), r.out());
        assertTrue(took.compareTo(Duration.ofSeconds(60)) < 0, "took " + took);
        replaysToTheSameBreak(r);
    }

    @Test
    void itFindsTheBrokenExamplesViolations() {
        Cli twoPhase = swarm("--model", "two-phase-commit", "--eager-commit", "--walks", "50");
        assertEquals(1, twoPhase.exit(), twoPhase.out() + twoPhase.err());
        assertTrue(twoPhase.out().contains("TCConsistent  VIOLATED"), twoPhase.out());
        replaysToTheSameBreak(twoPhase);

        Cli peterson = swarm("--model", "peterson", "--broken", "--walks", "50");
        assertEquals(1, peterson.exit(), peterson.out() + peterson.err());
        assertTrue(peterson.out().contains("NoDeadlock  VIOLATED"), peterson.out());
        replaysToTheSameBreak(peterson);
    }

    @Test
    void itNeverPrintsSafeAndSaysWhy() {
        for (String[] args : new String[][] {
            {"--variant", "sim-fix", "--walks", "5"},
            {"--model", "two-phase-commit", "--walks", "5"},
            {"--model", "die-hard", "--walks", "5"},
        }) {
            Cli r = swarm(args);
            Matcher m = VERDICT.matcher(r.out());
            int verdicts = 0;
            while (m.find()) {
                verdicts++;
                assertFalse(m.group(2).equals("SAFE") || m.group(2).equals("UNREACHED"), m.group());
            }
            assertTrue(verdicts > 0, r.out());
            if (r.out().contains("INCOMPLETE")) {
                assertEquals(3, r.exit(), "INCOMPLETE and nothing VIOLATED: " + r.out());
                assertTrue(r.out().contains("INCOMPLETE (nothing found in 5 walks of depth <= 200; swarm search is"
                        + " not a proof)"), r.out());
            }
        }
    }

    @Test
    void theHelpSaysWhatSwarmIs() {
        String help = Cli.run("check", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("swarm (check only): many random depth-first walks"), help);
        assertTrue(help.contains("INCOMPLETE, never SAFE"), help);
    }

    /** The first run's replay command, run as printed, breaks a property too. */
    private static void replaysToTheSameBreak(Cli r) {
        Matcher m = REPLAY.matcher(r.out());
        assertTrue(m.find(), r.out());
        List<String> args = new ArrayList<>(List.of(m.group(1).split(" ")));
        args.addAll(List.of("--schedule", m.group(2)));
        Cli replayed = Cli.run(args.toArray(String[]::new));
        assertEquals(1, replayed.exit(), replayed.out() + replayed.err());
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }
}
