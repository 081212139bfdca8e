package dev.sledcheck.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A recognised entry that lacks what its event needs stops the check with one line naming it;
 * skipping it instead would quietly turn the seed's "possible" into "impossible".
 */
class StrictnessTest {

    /** The seed in {@code resource} with {@code from} replaced by {@code to} once (it must be there). */
    static String edited(String resource, String from, String to) {
        String text = SeedLog.resource(resource);
        assertTrue(text.contains(from), from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a generation that is not a number
        "seed-7282.log | Generation(7), time_updated: 2024-12-18T23:42:01.72 | Generation(seven), time_updated: 2024-12-18T23:42:01.72"
                + " | line 1: entry [10409] is the agent's PUT /vmms/{id} arriving at Nexus's internal API, but the"
                + " generation 'seven' in its vmm_state is not a number",
        // one that does not fit in an int
        "seed-7282.log | Generation(7), time_updated: 2024-12-18T23:42:01.82 | Generation(4294967303), time_updated: 2024-12-18T23:42:01.82"
                + " | line 29: entry [10421] is the instance watcher's write of a VMM's state, but the generation"
                + " '4294967303' in its vmm_state does not fit in an int",
        "seed-7282.log | gen: Generation(Generation(4)) | gen: Generation(Generation(-4))"
                + " | line 45: entry [10833] is an instance-update saga's commit, but the generation '-4' in its new_runtime is not a number",
        // a VMM state omicron does not have
        "seed-7282.log | state: Destroyed | state: Vanished"
                + " | line 1: entry [10409] is the agent's PUT /vmms/{id} arriving at Nexus's internal API, but its"
                + " vmm_state names state 'Vanished', which is not a VMM state (Creating, Starting, Running,",
        // a missing key the event needs
        "seed-7282.log | response_code = 204 | responded = 204"
                + " | line 37: entry [10584] is Nexus completing the agent's PUT /vmms/{id}, but it has no 'response_code'",
        "seed-7282.log | response_code = 404 | response_code = Not Found"
                + " | line 12: entry [10417] is the sled agent completing a GET /vmms/{id}/state, but its response_code 'Not Found' is not an HTTP status",
        "seed-7282.log | vmm_id = 1d0ff3f1-e9c1-4443-bd36-efcc4200ab15 | vmm = 1d0ff3f1-e9c1-4443-bd36-efcc4200ab15"
                + " | line 23: entry [10419] is the instance watcher taking a 404 as a failed VMM, but it has no 'vmm_id'",
        "seed-7282.log | NO_SUCH_INSTANCE | NO_SUCH_VMM"
                + " | line 23: entry [10419] is the instance watcher taking a 404 as a failed VMM, but its error 'Error Response:",
        "seed-7282.log | nexus_state: Failed | state: Failed"
                + " | line 45: entry [10833] is an instance-update saga's commit, but its new_runtime 'InstanceRuntimeState",
        // the same rules whatever the format
        "seed-7282.json-lines.log | Generation(7), time_updated: 2024-12-18T23:42:01.72 | Generation(x), time_updated: 2024-12-18T23:42:01.72"
                + " | line 1: entry [1] is the agent's PUT /vmms/{id} arriving at Nexus's internal API, but the generation 'x'",
        "seed-7282.rendered.log | state: Failed | state: Broken"
                + " | line 29: entry [29] is the instance watcher's write of a VMM's state, but its vmm_state names state 'Broken'",
        "seed-7282.one-line.log | , vmm_state: VmmRuntimeState { state: Failed | , vmm_status: VmmRuntimeState { state: Failed"
                + " | line 4: entry [4] is the instance watcher's write of a VMM's state, but it has no 'vmm_state'",
        // and whatever omicron's wording (head-7282.log: b848b6df85's)
        "head-7282.log | generation: Generation(7), time_updated: 2024-12-18T23:42:01.72 | generation: Generation(seven), time_updated: 2024-12-18T23:42:01.72"
                + " | line 1: entry [10409] is the agent's PUT /vmms/{id} arriving at Nexus's internal API, but the"
                + " generation 'seven' in its vmm_state is not a number",
        "head-7282.log | state: Destroyed, generation | state: Destroyed(FromSledAgent), generation"
                + " | line 1: entry [10409] is the agent's PUT /vmms/{id} arriving at Nexus's internal API, but its"
                + " vmm_state gives state Destroyed a reason 'FromSledAgent', and only Failed carries one",
        "head-7282.log | Failed(NoSuchInstance), generation: Generation(7), time_updated: 2024-12-18T23:42:01.829357055Z }, migration_in"
                + " | Failed(Bored), generation: Generation(7), time_updated: 2024-12-18T23:42:01.829357055Z }, migration_in"
                + " | line 30: entry [10420] is the instance watcher's 'updating instance state' before its write, but its"
                + " state names failure reason 'Bored', which is not one omicron has (Prehistoric, FromSledAgent,"
                + " NoSuchInstance, SledExpunged, SledOff)",
        "head-7282.log | Failed(NoSuchInstance), generation: Generation(7), time_updated: 2024-12-18T23:42:01.829357055Z }, migration_in"
                + " | Failed(), generation: Generation(7), time_updated: 2024-12-18T23:42:01.829357055Z }, migration_in"
                + " | line 30: entry [10420] is the instance watcher's 'updating instance state' before its write, but its"
                + " state names failure reason '', which is not one omicron has",
        "head-7282.log | generation: Generation(7), time_updated: 2024-12-18T23:42:01.829357055Z }, migration_in"
                + " | generation: Generation(4294967303), time_updated: 2024-12-18T23:42:01.829357055Z }, migration_in"
                + " | line 30: entry [10420] is the instance watcher's 'updating instance state' before its write, but the"
                + " generation '4294967303' in its state does not fit in an int",
        "head-7282.log | state = SledVmmState { vmm_state: VmmRuntimeState { state: Failed(NoSuchInstance) | state = Failed(NoSuchInstance)"
                + " | line 30: entry [10420] is the instance watcher's 'updating instance state' before its write, but its"
                + " state 'Failed(NoSuchInstance), generation: Generation(7), time_updated: 2024-12-18T2...' is not"
                + " 'SledVmmState { vmm_state: VmmRuntimeState { state: S, gen|generation: Generation(N), ... }, ... }'",
        "head-7282.log | state = SledVmmState | status = SledVmmState"
                + " | line 30: entry [10420] is the instance watcher's 'updating instance state' before its write, but it"
                + " has no 'state'",
        "head-7282.log | vmm_id = 1d0ff3f1-e9c1-4443-bd36-efcc4200ab15\\n[10421] | vmm = 1d0ff3f1-e9c1-4443-bd36-efcc4200ab15\\n[10421]"
                + " | line 30: entry [10420] is the instance watcher's 'updating instance state' before its write, but it"
                + " has no 'vmm_id' (the VMM it writes)",
        "head-7282.log | state: Failed(NoSuchInstance), generation: Generation(7), time_updated: 2024-12-18T23:42:01.829357055Z }\\n"
                + " | state: Failed(NoSuchInstance), generation: Generation(-7), time_updated: 2024-12-18T23:42:01.829357055Z }\\n"
                + " | line 37: entry [10421] is the instance watcher's write of a VMM's state, but the generation '-7' in its"
                + " vmm_state is not a number",
        "head-7282.log | generation: Generation(Generation(4)) | generation: Generation(Generation(four))"
                + " | line 54: entry [10833] is an instance-update saga's commit, but the generation 'four' in its new_runtime is not a number",
    })
    void aRecognisedEntryWithABrokenFieldIsAnErrorNamingItsLine(String resource, String from, String to, String message) {
        UnusableLogException e = assertThrows(UnusableLogException.class,
                () -> LogCheck.parse(edited(resource, from.replace("\\n", "\n"), to.replace("\\n", "\n"))));
        assertTrue(e.getMessage().startsWith(message.strip()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aFileWithNoRecognisedEntryIsAnError() {
        UnusableLogException e = assertThrows(UnusableLogException.class, () -> LogCheck.parse(
                "Here is the log:\n[1] t INFO nexus (dropshot): accepted connection\nremote_addr = [::1]:38190\n"));
        assertEquals("none of the 1 log entry read is one sledcheck recognises (Nexus receiving or completing the"
                + " agent's PUT /vmms/{id}, the agent completing a GET /vmms/{id}/state, the instance watcher's 404"
                + " verdict or write, an update saga's commit); 1 other line skipped", e.getMessage());
    }

    @Test
    void theSameWordsInAContextTheModelLacksAreSkippedNotErrors() throws Exception {
        // A user's stop learns the VMM's state through the external API with the same message
        // (#6809); any other request completes with "request completed".
        String extra = "[10410] 2024-12-18T23:42:01.826Z INFO t (dropshot_external): received new VMM runtime state"
                + " from sled agent\nmethod = POST\nvmm_state = VmmRuntimeState { state: Stopping, gen: Generation(x) }\n"
                + "[10411] 2024-12-18T23:42:01.826Z INFO t (dropshot): request completed\nmethod = GET\nuri = /v1/instances\n";
        LogCheck.Log log = LogCheck.parse(SeedLog.text().replace("[10417]", extra + "[10417]"));
        assertEquals(6, log.recognised().events().size());
        assertEquals(2, log.recognised().skipped().size());
    }

    @Test
    void theRealSledAgentsServerIsTheAgentToo() throws Exception {
        LogCheck.Log log = LogCheck.parse(SeedLog.text().replace("(dropshot): request completed",
                "(dropshot (SledAgent)): request completed"));
        assertTrue(log.recognised().events().get(1) instanceof Event.AgentAnsweredGet, log.recognised().toString());
    }
}
