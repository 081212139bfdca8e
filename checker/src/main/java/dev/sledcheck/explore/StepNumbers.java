package dev.sledcheck.explore;

import dev.sledcheck.model.core.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * Step numbers typed at the prompt: one, or several on a line ({@code 2 1 1 2}), taken one after
 * another as if typed on lines of their own. The first number that names no enabled step stops
 * the line there: the steps before it stay taken (as they would have line by line), and the
 * message says which number it was. A word that is not a number stops the line before any step,
 * since a typo should not leave the walk halfway.
 */
final class StepNumbers {

    private StepNumbers() {}

    /**
     * What a line of numbers did.
     *
     * @param steps how many steps it took
     * @param error why it stopped early ({@code ""}: it did not)
     */
    record Taken(int steps, String error) {}

    static boolean isNumber(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }

    /** The number {@code word} says; 0 (no step) when it is too large to be one. */
    static int parse(String word) {
        try {
            return Integer.parseInt(word);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static <S, A> List<A> enabled(Model<S, A> model, S state) {
        List<A> out = new ArrayList<>();
        model.actions(state, out);
        return out;
    }

    /** Takes the steps {@code words} number, from where {@code session} stands. */
    static <S, A> Taken take(List<String> words, Session<S, A> session) {
        for (String w : words) {
            if (!isNumber(w)) {
                return new Taken(0, "'" + w + "' is not a step number; nothing taken (several steps on a line:"
                        + " numbers separated by spaces)");
            }
        }
        for (int i = 0; i < words.size(); i++) {
            List<A> enabled = session.enabled();
            int n = parse(words.get(i));
            if (n < 1 || n > enabled.size()) {
                String why = enabled.isEmpty() ? "no step is enabled here; 'back' or 'reset'"
                        : "no step " + words.get(i) + " here; choose 1-" + enabled.size();
                return new Taken(i, words.size() == 1 ? why : why + " (number " + (i + 1) + " of " + words.size()
                        + " on the line; " + (i == 0 ? "nothing taken" : (i == 1 ? "the step before it was taken"
                        : "the " + i + " steps before it were taken") + ", none after it") + ")");
            }
            session.take(enabled.get(n - 1));
        }
        return new Taken(words.size(), "");
    }
}
