package dev.sledcheck.checker;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.run.Run;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tokens of the actions enabled in a state. A schedule names each step by its token, so the
 * tokens of one state must tell its actions apart, and each must be a token a schedule can hold
 * (no whitespace or ';', not {@code init=...}, which names an initial state). A model that breaks
 * this would print a counterexample no one can replay: a model error, said where it happens.
 */
final class Tokens {

    private Tokens() {}

    /** The tokens of {@code enabled} in order. @throws ModelError if they do not tell the actions apart */
    static <S, A> List<String> of(Model<S, A> model, S state, List<A> enabled) {
        List<String> tokens = new ArrayList<>(enabled.size());
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < enabled.size(); i++) {
            A action = enabled.get(i);
            String t = model.token(state, action);
            if (t.isEmpty() || t.chars().anyMatch(c -> Character.isWhitespace(c) || c == ';') || t.startsWith(Run.INIT)) {
                throw new ModelError("the action " + cut(action) + " prints the token \"" + cut(t) + "\", which a schedule"
                        + " cannot hold (empty, whitespace, ';', or init=...), in state " + cut(state));
            }
            Integer j = first.putIfAbsent(t, i);
            if (j != null) {
                throw new ModelError("two enabled actions print the token \"" + cut(t) + "\": " + cut(enabled.get(j))
                        + " (action " + (j + 1) + " of " + enabled.size() + ") and " + cut(action) + " (action " + (i + 1)
                        + "), in state " + cut(state) + "; a schedule could not tell them apart");
            }
            tokens.add(t);
        }
        return tokens;
    }

    /** A value as one short line, for messages: a state may print as pages. */
    static String cut(Object o) {
        String s = String.valueOf(o).replaceAll("\\s+", " ");
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }
}
