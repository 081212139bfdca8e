package dev.sledcheck.checker;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A hand-drawn graph whose edges are steps of named actors, for liveness: the action {@code x:3}
 * is actor x moving to node 3. Tests draw the cycle a question needs (an actor starved, an actor
 * that cannot move on the cycle, several fair actors) and say which actors are fair.
 */
record Moves(List<Integer> initial, Map<Integer, List<Moves.Step>> edges, Set<String> fairActors,
        List<Property<Integer, Moves.Step>> properties) implements Model<Integer, Moves.Step> {

    /** Actor {@code actor} moves to node {@code to}. */
    record Step(String actor, int to) {
        @Override
        public String toString() {
            return actor + ":" + to;
        }
    }

    static Step step(String actor, int to) {
        return new Step(actor, to);
    }

    /** The same graph with other fair actors. */
    Moves fair(String... actors) {
        return new Moves(initial, edges, Set.of(actors), properties);
    }

    @Override
    public void actions(Integer node, List<Step> into) {
        into.addAll(edges.getOrDefault(node, List.of()));
    }

    @Override
    public List<Integer> initialStates() {
        return initial;
    }

    @Override
    public Integer next(Integer node, Step step) {
        return step.to();
    }

    @Override
    public String actor(Integer node, Step step) {
        return step.actor();
    }

    @Override
    public List<String> actorNames() {
        Set<String> names = new TreeSet<>();
        edges.values().forEach(steps -> steps.forEach(s -> names.add(s.actor())));
        return new ArrayList<>(names);
    }
}
