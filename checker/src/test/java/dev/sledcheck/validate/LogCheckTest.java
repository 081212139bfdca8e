package dev.sledcheck.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.checker.Replay;
import dev.sledcheck.checker.ReplayResult;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.OmicronModel;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.Variant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The seed's log against the model: the acceptance, entry by entry. */
class LogCheckTest {

    static final Configuration SIM_BUG = Configuration.of(Scenario.SEED_7282, Variant.SIM_BUG);
    static final Configuration SIM_FIX = Configuration.of(Scenario.SEED_7282, Variant.SIM_FIX);

    static LogCheck.Log seed() throws Exception {
        return LogCheck.parse(SeedLog.text());
    }

    @Test
    void everySeedEntryIsRecognised() throws Exception {
        Recognizer.Recognised r = seed().recognised();
        assertEquals(List.of(), r.skipped());
        assertEquals(List.of(Event.PutArrived.class, Event.AgentAnsweredGet.class, Event.WatcherSaw404.class,
                Event.WatcherWrites.class, Event.PutCompleted.class, Event.SagaCommitted.class),
                r.events().stream().map(Object::getClass).toList());
        // The completion learns its runtime from the arrival with the same req_id.
        Event.PutCompleted done = (Event.PutCompleted) r.events().get(4);
        assertEquals("Destroyed 7 204", done.state() + " " + done.gen() + " " + done.code());
        Event.SagaCommitted commit = (Event.SagaCommitted) r.events().get(5);
        assertEquals("Failed 4", commit.nexusState() + " " + commit.gen());
    }

    @Test
    void possibleUnderSimBugAsTheSeedsInterleaving() throws Exception {
        LogCheck.Verdict v = LogCheck.check(seed(), SIM_BUG);
        assertTrue(v.possible(), v.text());
        String t = v.text();
        String[] order = {
            "poke v1: apply Destroyed gen 7; v1 removed from the table",
            "[10409] holds here",
            "pass 1: list VMMs: v1 Stopping gen 6 (snapshot s=6)",
            "GET /vmms/v1/state -> 404 NO_SUCH_INSTANCE (VMM with ID v1 not found)   <== [10417]",
            "write v1 Failed gen 7 -> landed (was Stopping gen 6); run instance-update saga for i0 and wait for it"
                    + "   <== [10419] [10421]",
            "write v1 Destroyed gen 7 -> dropped (stored Failed gen 7 is not older); 204   <== [10584]",
            "committed update new runtime state! i0 gen 4 Failed, did_unlock = true   <== [10833]",
        };
        int at = 0;
        for (String s : order) {
            int i = t.indexOf(s, at);
            assertTrue(i >= at, "'" + s + "' after position " + at + " in:\n" + t);
            at = i;
        }
        assertTrue(t.contains("bindings  instance 40470f10-206e-4a26-be87-96e862729da8 = i0,"
                + " vmm 1d0ff3f1-e9c1-4443-bd36-efcc4200ab15 = v1\n"), t);
        // The completed run is a run of the model: replay takes it and sees S1v broken, and S1i by
        // [10833], the saga's commit of the instance Failed.
        Matcher m = Pattern.compile("schedule  (\\S+)\n").matcher(t);
        assertTrue(m.find(), t);
        ReplayResult<?> r = Replay.replay(OmicronModel.build(SIM_BUG), m.group(1));
        assertTrue(r.broken().contains("S1v") && r.broken().contains("S1i"), r.broken().toString());
    }

    @Test
    void impossibleUnderSimFixAtThe404BecauseItNeedsThePutFirst() throws Exception {
        LogCheck.Verdict v = LogCheck.check(seed(), SIM_FIX);
        assertFalse(v.possible(), v.text());
        assertEquals("[10417]", v.firstUnmatched());
        assertEquals("a run shows it only after nexus:put(v1,Destroyed/7), which the log puts later, at [10584]",
                v.why());
        assertTrue(v.text().contains("  matched before it: [10409]\n"), v.text());
    }

    @Test
    void thePutCompletingBeforeThe404MakesSimBugImpossibleToo() throws Exception {
        LogCheck.Log mutated = LogCheck.parse(SeedLog.moved(SeedLog.text(), "[10584]", "[10417]"));
        LogCheck.Verdict v = LogCheck.check(mutated, SIM_BUG);
        assertFalse(v.possible(), v.text());
        assertEquals("[10833]", v.firstUnmatched());
        assertTrue(v.text().contains("  matched before it: [10409] [10584] [10417] [10419] [10421]\n"), v.text());
        // Destroyed 7 landed first, so the watcher's Failed 7 was dropped and the saga saw Destroyed.
        assertTrue(v.why().contains("the nearest it comes: a saga committed i0 as NoVmm (Stopped) at gen 4"), v.why());
        assertTrue(LogCheck.entries(mutated, SIM_BUG).contains(
                "  order    as in the file, which is not [N] order: [10417] comes after [10584]\n"));
    }

    @Test
    void theWatchersTwoEntriesAreOneStepOfTheModel() throws Exception {
        String entries = LogCheck.entries(seed(), SIM_BUG);
        assertTrue(entries.contains("  [10421]  step   the watcher writes Failed gen 7 (landed or dropped: the entry"
                + " comes just before the write) (one model step with [10419])\n"), entries);
        // Another entry between them parts them: each is then a watcher step of its own. Here the
        // 404 of [10419] answers a GET sent before the stop (Failed 3, dropped) and [10421] is a
        // second pass's write of Failed 7, dropped because Destroyed 7 landed at [10584].
        String parted = SeedLog.moved(SeedLog.text(), "[10584]", "[10421]");
        String upTo10421 = parted.substring(0, parted.indexOf("[10833]"));
        LogCheck.Log log = LogCheck.parse(upTo10421);
        assertFalse(LogCheck.entries(log, SIM_BUG).contains("one model step with"));
        LogCheck.Verdict v = LogCheck.check(log, SIM_BUG);
        assertTrue(v.possible(), v.text());
        assertTrue(v.text().contains("write v1 Failed gen 3 -> dropped (stored Stopping gen 6 is not older)   <== [10419]\n"),
                v.text());
        assertTrue(v.text().contains("write v1 Failed gen 7 -> dropped (stored Destroyed gen 7 is not older)   <== [10421]\n"),
                v.text());
        assertEquals("[10833]", LogCheck.check(LogCheck.parse(parted), SIM_BUG).firstUnmatched());
    }

    @Test
    void theTableCoversEveryVariant() throws Exception {
        List<LogCheck.Verdict> all = LogCheck.everyVariant(seed(), SIM_BUG);
        assertEquals(Variant.ALL.size(), all.size());
        List<String> possible = all.stream().filter(LogCheck.Verdict::possible).map(v -> v.config().variant().name()).toList();
        // Only the remove-then-publish simulated agent answers 404 while Destroyed 7 is in flight
        // (head-sim: omicron's tests at HEAD, whose simulated agent still does).
        assertEquals(List.of("sim-bug", "skip-terminal", "head-sim"), possible);
        String table = LogCheck.table(all);
        assertTrue(table.contains("\nsim-fix                impossible  [10417]    a run shows it only after"), table);
        assertTrue(table.contains("\nreal-pre               impossible  [10409]    "), table);
    }
}
