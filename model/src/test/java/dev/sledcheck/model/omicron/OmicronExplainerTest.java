package dev.sledcheck.model.omicron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.omicron.nexus.Db;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@link OmicronExplainer} says along the seed's race: every read names a facet the state
 * shows, each handler reads its own slice of it, and the marks fall on the removal from the
 * agent's table and on the snapshots.
 */
class OmicronExplainerTest {

    /** sim-bug's shortest S1v run, as the checker prints it. */
    static final String S1V = "user:stop#1(i0);agent:stop(v1);agent:stop-apply(v1);user:stop-reply(v1,200:Stopping/3);"
            + "agent:poke(v1);nexus:put(v1,Running/4);agent:204(v1,Running/4);agent:poke(v1);nexus:put(v1,Stopping/5);"
            + "agent:204(v1,Stopping/5);agent:poke(v1);nexus:put(v1,Stopping/6);agent:204(v1,Stopping/6);agent:poke(v1);"
            + "watcher:pass(1);agent:get(v1);watcher:get-reply(v1,404)";

    /** One step walked: what it read and how it was marked. */
    record Walked(String token, List<String> reads, List<String> marks) {}

    static List<Walked> walk(Variant v, String schedule) {
        ActorSystem<Db, Msg> m = OmicronModel.build(Configuration.of(Scenario.SEED_7282, v));
        SystemState<Db, Msg> s = m.initialStates().get(0);
        List<Walked> out = new ArrayList<>();
        for (String token : schedule.split(";")) {
            List<Envelope<Msg>> enabled = new ArrayList<>();
            m.actions(s, enabled);
            SystemState<Db, Msg> before = s;
            Envelope<Msg> e = enabled.stream().filter(x -> m.token(before, x).equals(token)).findFirst().orElseThrow();
            List<String> reads = m.reads(s, e);
            List<String> names = m.facets(s).stream().map(Facet::name).toList();
            assertTrue(names.containsAll(reads), token + " reads " + reads + ", the state shows " + names);
            SystemState<Db, Msg> after = m.next(s, e);
            out.add(new Walked(token, reads, m.marks(s, e, after)));
            s = after;
        }
        return out;
    }

    @Test
    void eachHandlerReadsItsOwnSliceOfTheState() {
        List<Walked> run = walk(Variant.SIM_BUG, S1V);
        assertEquals(List.of("agent v1"), run.get(15).reads(), "the agent's GET: its entry for v1");
        assertEquals(List.of("watcher", "nexus i0", "nexus v1"), run.get(14).reads(), "the listing: every row");
        assertEquals(List.of("nexus i0", "nexus v1"), run.get(5).reads(), "Nexus's PUT: the instance's rows");
        assertEquals(List.of("user", "nexus i0", "nexus v1"), run.get(0).reads());
    }

    @Test
    void theRemovalAndTheSnapshotsAreMarked() {
        List<Walked> run = walk(Variant.SIM_BUG, S1V);
        assertEquals(List.of("race window opens: v1 gone from the agent's table while Nexus has it Stopping gen 6"),
                run.get(13).marks());
        assertEquals(List.of("snapshot s=6: the watcher read v1 Stopping gen 6"), run.get(14).marks());
        assertEquals(List.of("snapshot s=2: stop #1 read v1 Starting gen 2"), run.get(0).marks());
        assertEquals(3, run.stream().filter(w -> !w.marks().isEmpty()).count(), "and nothing else");
    }

    @Test
    void removingAVmmNexusHoldsDestroyedOpensNoRaceWindow() {
        // sim-fix publishes Destroyed first and removes on the 204: Nexus already has it terminal.
        String drain = S1V.substring(0, S1V.indexOf(";watcher:pass(1)")) + ";nexus:put(v1,Destroyed/7);agent:204(v1,Destroyed/7)";
        List<Walked> run = walk(Variant.SIM_FIX, drain);
        assertEquals(List.of("v1 gone from the agent's table (Nexus has it Destroyed gen 7)"), run.get(run.size() - 1).marks());
        assertTrue(run.get(13).marks().isEmpty(), "the Destroyed poke removes nothing under sim-fix");
    }
}
