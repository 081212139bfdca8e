package dev.sledcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.OmicronModel;
import dev.sledcheck.model.omicron.Options;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.omicron.nexus.Db;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/model.md lists exactly the step kinds the model can take. */
class ModelDocTest {

    /** A token without its arguments: {@code watcher:get-reply(v1,404)} is {@code watcher:get-reply}. */
    static String kind(String token) {
        return token.replaceAll("\\(.*$", "").replaceAll("#\\d+$", "");
    }

    static Set<String> reachableKinds(Configuration c) {
        ActorSystem<Db, Msg> m = OmicronModel.build(c);
        Set<String> kinds = new TreeSet<>();
        Set<SystemState<Db, Msg>> seen = new HashSet<>(m.initialStates());
        ArrayDeque<SystemState<Db, Msg>> todo = new ArrayDeque<>(m.initialStates());
        List<Envelope<Msg>> actions = new ArrayList<>();
        while (!todo.isEmpty()) {
            SystemState<Db, Msg> s = todo.poll();
            actions.clear();
            m.actions(s, actions);
            for (Envelope<Msg> a : actions) {
                kinds.add(kind(m.token(s, a)));
                SystemState<Db, Msg> n = m.next(s, a);
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
        for (Variant v : List.of(Variant.SIM_FIX, Variant.REAL_PRE)) {
            reachable.addAll(reachableKinds(new Configuration(Scenario.SCALE,
                    Options.defaults(Scenario.SCALE).withUserStop(true), v)));
        }
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z]+:[a-z0-9-]+)` \\|").matcher(
                Files.readString(Path.of("..", "docs", "model.md")));
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertEquals(reachable, documented);
    }
}
