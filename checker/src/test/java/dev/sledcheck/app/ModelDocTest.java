package dev.sledcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.OmicronModel;
import dev.sledcheck.model.omicron.Options;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.omicron.fault.FaultKind;
import dev.sledcheck.model.omicron.fault.FaultPlan;
import dev.sledcheck.model.omicron.nexus.Db;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/model.md lists exactly the step kinds the model can take, each with the omicron code it models. */
class ModelDocTest {

    /**
     * A token without its arguments: {@code watcher:get-reply(v1,404)} is {@code watcher:get-reply};
     * a fault's, {@code loss:nexus:put(v1,Running/4)}, is {@code loss:nexus:put}.
     */
    static String kind(String token) {
        return token.replaceAll("\\(.*$", "").replaceAll("#\\d+$", "");
    }

    static Set<String> reachableKinds(Configuration c) {
        ActorSystem<Msg, Db> m = OmicronModel.build(c);
        Set<String> kinds = new TreeSet<>();
        Set<SystemState<Msg, Db>> seen = new HashSet<>(m.initialStates());
        ArrayDeque<SystemState<Msg, Db>> todo = new ArrayDeque<>(m.initialStates());
        List<Envelope<Msg>> actions = new ArrayList<>();
        while (!todo.isEmpty()) {
            SystemState<Msg, Db> s = todo.poll();
            actions.clear();
            m.actions(s, actions);
            for (Envelope<Msg> a : actions) {
                kinds.add(kind(m.token(s, a)));
                SystemState<Msg, Db> n = m.next(s, a);
                if (seen.add(n)) {
                    todo.add(n);
                }
            }
        }
        return kinds;
    }

    @Test
    void theDocumentListsEveryReachableStepAndNoOther() throws IOException {
        Set<String> reachable = new TreeSet<>();
        for (Configuration c : Predictions.load().configurations(Scenario.SEED_7282)) {
            reachable.addAll(reachableKinds(c));
        }
        for (Variant v : List.of(Variant.SIM_FIX, Variant.REAL_PRE, Variant.HEAD)) {
            reachable.addAll(reachableKinds(new Configuration(Scenario.SCALE,
                    Options.defaults(Scenario.SCALE).withUserStop(true), v)));
        }
        // Each fault kind, on the seed (the watcher's exchanges) and on a racing stop (the stop's),
        // and a lost saga with the instance updater.
        Options seed = Options.defaults(Scenario.SEED_7282);
        for (FaultKind k : FaultKind.values()) {
            FaultPlan one = new FaultPlan(Set.of(k), 1);
            for (Variant v : List.of(Variant.SIM_FIX, Variant.REAL_FIX)) {
                reachable.addAll(reachableKinds(new Configuration(Scenario.SEED_7282, seed.withFaults(one), v)));
            }
            reachable.addAll(reachableKinds(new Configuration(Scenario.SEED_7282,
                    seed.withUserStop(true).withPasses(0).withFaults(one), Variant.SIM_FIX_STOP_GUARD)));
        }
        reachable.addAll(reachableKinds(new Configuration(Scenario.SEED_7282,
                seed.withFaults(new FaultPlan(Set.of(FaultKind.LOST_SAGA), 1)).withUpdater(true), Variant.SIM_FIX)));
        String doc = Files.readString(Path.of("..", "docs", "model.md"));
        assertEquals(reachable, rows(section(doc, "## Steps")).keySet(), "the step table");
        assertEquals(reachable, rows(section(doc, "## Fidelity")).keySet(), "the fidelity table");
    }

    /**
     * Every fidelity row names an omicron file and function, line ranges at a commit, and whether
     * HEAD does the same ("same" or "differs", with HEAD's lines).
     */
    @Test
    void everyStepCitesTheCodeItModels() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "model.md"));
        Pattern lines = Pattern.compile("@(BUG|RA-PRE|RA-FIX|INTENT|HEAD)\\b[^|]*?\\bL\\d+(-\\d+)?");
        Pattern file = Pattern.compile("`[a-z/_-]+(\\.rs)?`[^|]*·");
        for (var row : rows(section(doc, "## Fidelity")).entrySet()) {
            String[] cells = row.getValue();
            assertEquals(4, cells.length, row.getKey());
            assertTrue(file.matcher(cells[1]).find(), row.getKey() + ": no 'file · function' in " + cells[1]);
            assertTrue(lines.matcher(cells[2]).find(), row.getKey() + ": no '@COMMIT Lnn-mm' in " + cells[2]);
            assertTrue(cells[3].startsWith("same") || cells[3].startsWith("differs"),
                    row.getKey() + ": HEAD column must say 'same' or 'differs': " + cells[3]);
            assertTrue(cells[3].matches(".*L\\d+.*"), row.getKey() + ": no HEAD lines in " + cells[3]);
        }
    }

    /** The text from {@code heading} to the next heading of its level. */
    static String section(String doc, String heading) {
        int from = doc.indexOf("\n" + heading);
        assertTrue(from >= 0, "no section " + heading);
        int to = doc.indexOf("\n## ", from + 1);
        return to < 0 ? doc.substring(from) : doc.substring(from, to);
    }

    /** The rows of the table in {@code section}, by their first cell's step kind, cells trimmed. */
    static Map<String, String[]> rows(String section) {
        Map<String, String[]> out = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z-]+:[a-z0-9-]+(?::[a-z0-9-]+)?)` \\|(.*)\\|$").matcher(section);
        while (m.find()) {
            String[] rest = m.group(2).split(" \\| ", -1);
            String[] cells = new String[rest.length + 1];
            cells[0] = m.group(1);
            for (int i = 0; i < rest.length; i++) {
                cells[i + 1] = rest[i].strip();
            }
            assertTrue(out.put(m.group(1), cells) == null, "listed twice: " + m.group(1));
        }
        return out;
    }
}
