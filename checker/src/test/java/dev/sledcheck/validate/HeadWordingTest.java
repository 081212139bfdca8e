package dev.sledcheck.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.omicron.VmmState;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's events as omicron at b848b6df85 words them ({@code head-7282.log}): the seed's run,
 * entry numbers, times and identifiers, with each entry's fields as b848b6df85's code writes them
 * (written from the code, not captured from a run). Three things differ from the seed's
 * d337333577c5: VmmRuntimeState and InstanceRuntimeState print {@code generation:} for {@code
 * gen:} (e6baff4981, #9398); a Failed VMM state carries its reason, {@code Failed(NoSuchInstance)}
 * (ebeb7060cf, #10425); the watcher's child logger adds {@code sled_serial} (15dd9fca16, #10334).
 * And the resource has the watcher's debug entry "updating instance state" ([10420]), which
 * omicron logs at both commits (instance_watcher.rs:233 at d337333577c5, :152 at b848b6df85) and
 * the seed does not quote.
 */
class HeadWordingTest {

    static final String HEAD = "head-7282.log";

    static String table(String text) throws Exception {
        return LogCheck.table(LogCheck.everyVariant(LogCheck.parse(text), LogCheckTest.SIM_BUG));
    }

    /** {@code text} without the entry {@code id} (and its fields). */
    static String without(String text, String id) {
        StringBuilder sb = new StringBuilder();
        for (String block : text.split("(?m)(?=^\\[)")) {
            if (!block.startsWith(id)) {
                sb.append(block);
            }
        }
        return sb.toString();
    }

    /** One entry in the [N] form, for a unit test of its wording. */
    static List<Event> events(String header, String... fields) throws Exception {
        return LogCheck.parse("[1] 2026-08-21T22:27:48.000Z " + header + "\n" + String.join("\n", fields) + "\n")
                .recognised().events();
    }

    @Test
    void theSeedsEventsInHeadsWordingGiveTheSeedsTable() throws Exception {
        String head = SeedLog.resource(HEAD);
        String seed = table(SeedLog.text());
        assertEquals(seed, table(head));
        assertTrue(seed.contains("\nsim-bug                possible    -          a run of 21 steps shows them all\n"), seed);
        // A log at info level has no debug line; a paste may quote the debug line and not the next.
        assertEquals(seed, table(without(head, "[10420]")));
        assertEquals(seed, table(without(head, "[10421]")));
    }

    @Test
    void everyHeadEntryIsRecognisedAndReadsAsTheSeeds() throws Exception {
        Recognizer.Recognised r = LogCheck.parse(SeedLog.resource(HEAD)).recognised();
        assertEquals(List.of(), r.skipped());
        assertEquals(List.of(Event.PutArrived.class, Event.AgentAnsweredGet.class, Event.WatcherSaw404.class,
                Event.WatcherUpdating.class, Event.WatcherWrites.class, Event.PutCompleted.class, Event.SagaCommitted.class),
                r.events().stream().map(Object::getClass).toList());
        Event.PutArrived put = (Event.PutArrived) r.events().get(0);
        assertEquals("Destroyed null 7", put.state() + " " + put.reason() + " " + put.gen());
        for (int i : new int[] {3, 4}) {
            Event.WatcherWrite w = (Event.WatcherWrite) r.events().get(i);
            assertEquals("1d0ff3f1-e9c1-4443-bd36-efcc4200ab15 Failed NoSuchInstance 7",
                    w.vmm() + " " + w.state() + " " + w.reason() + " " + w.gen());
        }
        Event.SagaCommitted commit = (Event.SagaCommitted) r.events().get(6);
        assertEquals("Failed 4", commit.nexusState() + " " + commit.gen());
    }

    @Test
    void theWatchersThreeEntriesAreOneStepOfTheModel() throws Exception {
        LogCheck.Log log = LogCheck.parse(SeedLog.resource(HEAD));
        String entries = LogCheck.entries(log, LogCheckTest.SIM_BUG);
        assertTrue(entries.contains("  [10420]  step   the watcher is updating the VMM to Failed(NoSuchInstance) gen 7"
                + " (landed or dropped: the write follows) (one model step with [10419])\n"), entries);
        assertTrue(entries.contains("  [10421]  step   the watcher writes Failed(NoSuchInstance) gen 7 (landed or"
                + " dropped: the entry comes just before the write) (one model step with [10419])\n"), entries);
        LogCheck.Verdict v = LogCheck.check(log, LogCheckTest.SIM_BUG);
        assertTrue(v.text().contains("write v1 Failed gen 7 -> landed (was Stopping gen 6); run instance-update saga for"
                + " i0 and wait for it   <== [10419] [10420] [10421]\n"), v.text());
        // Entries of two different writes are two steps: [10421] of gen 8 is a later check's write.
        String two = SeedLog.resource(HEAD).replace("state: Failed(NoSuchInstance), generation: Generation(7), time_updated:"
                + " 2024-12-18T23:42:01.829357055Z }\n", "state: Failed(NoSuchInstance), generation: Generation(8),"
                + " time_updated: 2024-12-18T23:42:01.829357055Z }\n");
        assertFalse(LogCheck.entries(LogCheck.parse(two), LogCheckTest.SIM_BUG)
                .contains("[10421]  step   the watcher writes Failed(NoSuchInstance) gen 8 (landed or dropped: the entry"
                        + " comes just before the write) (one model step"));
    }

    // ---- one test per wording -------------------------------------------------------------------

    @Test
    void aVmmStatesGenerationFieldNamedGenerationReads() throws Exception {
        List<Event> e = events("INFO nexus (dropshot_internal): received new VMM runtime state from sled agent",
                "method = PUT", "uri = /vmms/v-1",
                "vmm_state = VmmRuntimeState { state: Stopping, generation: Generation(6), time_updated: 2026-08-21T22:27:48Z }");
        assertEquals(List.of(new Event.PutArrived(e.get(0).entry(), "v-1", VmmState.STOPPING, null, 6)), e);
    }

    @Test
    void aFailedStateWithItsReasonReads() throws Exception {
        List<Event> e = events("INFO nexus (BackgroundTasks): received new VMM runtime state from sled agent",
                "background_task = instance_watcher", "vmm_id = v-1", "instance_id = i-1",
                "vmm_state = VmmRuntimeState { state: Failed(NoSuchInstance), generation: Generation(68), time_updated: x }");
        assertEquals(List.of(new Event.WatcherWrites(e.get(0).entry(), "v-1", "i-1", VmmState.FAILED, "NoSuchInstance", 68)), e);
        // An agent's own Failed, as Nexus reads it from a PUT.
        List<Event> put = events("INFO nexus (dropshot_internal): received new VMM runtime state from sled agent",
                "method = PUT", "uri = /vmms/v-1",
                "vmm_state = VmmRuntimeState { state: Failed(FromSledAgent), generation: Generation(9), time_updated: x }");
        assertEquals(List.of(new Event.PutArrived(put.get(0).entry(), "v-1", VmmState.FAILED, "FromSledAgent", 9)), put);
    }

    @Test
    void theWatchersUpdatingInstanceStateReadsInEitherCommitsWording() throws Exception {
        // d337333577c5's Debug output, as a 2025 rack's Nexus wrote it (the form #8206 quotes).
        List<Event> bug = events("DEBG 65a11c18 (ServerContext): updating instance state",
                "background_task = instance_watcher", "instance_id = i-1", "sled_id = s-1", "vmm_id = v-1",
                "state = SledVmmState { vmm_state: VmmRuntimeState { state: Failed, gen: Generation(68), time_updated:"
                        + " 2025-05-20T01:02:03.456Z }, migration_in: None, migration_out: None }");
        assertEquals(List.of(new Event.WatcherUpdating(bug.get(0).entry(), "v-1", "i-1", VmmState.FAILED, null, 68)), bug);
        List<Event> head = events("DEBG nexus (BackgroundTasks): updating instance state",
                "background_task = instance_watcher", "vmm_id = v-1", "sled_serial = BRM42220004",
                "state = SledVmmState { vmm_state: VmmRuntimeState { state: Failed(SledOff), generation: Generation(12),"
                        + " time_updated: x }, migration_in: None, migration_out: None }");
        assertEquals(List.of(new Event.WatcherUpdating(head.get(0).entry(), "v-1", null, VmmState.FAILED, "SledOff", 12)),
                head);
    }

    @Test
    void updatingInstanceStateFromAnythingButTheWatcherIsSkipped() throws Exception {
        String text = SeedLog.text() + "[10900] 2024-12-18T23:42:04.000Z DEBG t (SagaExecutor): updating instance state\n"
                + "state = SledVmmState { vmm_state: VmmRuntimeState { state: Running, gen: Generation(1) } }\n";
        LogCheck.Log log = LogCheck.parse(text);
        assertEquals(6, log.recognised().events().size());
        assertEquals(1, log.recognised().skipped().size());
    }

    @Test
    void theInstancesGenerationFieldNamedGenerationReads() throws Exception {
        List<Event> e = events("INFO nexus (SagaExecutor): instance update: committed update new runtime state!",
                "instance_id = i-1", "new_runtime = InstanceRuntimeState { time_updated: x, generation:"
                        + " Generation(Generation(12)), propolis_id: None, nexus_state: NoVmm }");
        assertEquals(List.of(new Event.SagaCommitted(e.get(0).entry(), "i-1", "NoVmm", 12)), e);
    }

    @Test
    void dropshotsNumericResponseCodeReadsInBunyanLines() throws Exception {
        // dropshot 0.17 (b848b6df85's) logs response_code as a u16, a JSON number, where 0.12 gave a string.
        LogCheck.Log log = LogCheck.parse("{\"msg\":\"request completed\",\"v\":0,\"name\":\"SledAgent\",\"level\":30,"
                + "\"time\":\"2026-08-21T22:27:48.000Z\",\"method\":\"GET\",\"uri\":\"/vmms/v-1/state\","
                + "\"response_code\":404,\"component\":\"dropshot (SledAgent)\"}\n");
        Event.AgentAnsweredGet g = (Event.AgentAnsweredGet) log.recognised().events().get(0);
        assertEquals("v-1 404", g.vmm() + " " + g.code());
    }

    // ---- what a reason says about the run -------------------------------------------------------------

    @Test
    void aWatchersFailedWithAnotherReasonThanTheAnswersIsNoRunOfTheModel() throws Exception {
        // After a 404 omicron's watcher writes Failed(NoSuchInstance) (instance_watcher.rs:273 at
        // b848b6df85); SledOff is its verdict on a powered-off sled, which the model does not have.
        String text = SeedLog.resource(HEAD).replace("Failed(NoSuchInstance)", "Failed(SledOff)");
        LogCheck.Verdict v = LogCheck.check(LogCheck.parse(text), LogCheckTest.SIM_BUG);
        assertFalse(v.possible(), v.text());
        assertEquals("[10420]", v.firstUnmatched());
        assertTrue(v.why().contains("the watcher did write v1 Failed gen 7 -> landed (was Stopping gen 6) (a Failed it"
                + " writes then has reason NoSuchInstance, not SledOff)"), v.why());
    }

    @Test
    void aPutsFailedIsTheAgentsOwn() throws Exception {
        // Nexus reads the Failed an agent PUTs as Failed(FromSledAgent) (nexus/types/src/instance.rs:173).
        String text = SeedLog.resource(HEAD).replace("state: Destroyed, generation: Generation(7)",
                "state: Failed(NoSuchInstance), generation: Generation(7)");
        LogCheck.Verdict v = LogCheck.check(LogCheck.parse(text), LogCheckTest.SIM_BUG);
        assertFalse(v.possible(), v.text());
        assertEquals("[10409]", v.firstUnmatched());
        assertTrue(v.text().contains("the agent's PUT Failed(NoSuchInstance) gen 7 has reached Nexus"), v.text());
    }
}
