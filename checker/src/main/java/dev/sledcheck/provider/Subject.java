package dev.sledcheck.provider;

import dev.sledcheck.model.core.Model;
import java.util.List;

/**
 * A model ready to explore, with the words a result prints about it.
 *
 * @param model  what is explored
 * @param title  what was checked, e.g. {@code two-phase-commit --rms 3}: the head of every report
 * @param bounds what a SAFE verdict is relative to, e.g. {@code 3 RMs, no message lost}
 * @param args   the options that build this subject again, for the commands a run prints
 *               ({@code replay --model NAME ARGS --schedule ...})
 */
public record Subject<S, A>(Model<S, A> model, String title, String bounds, List<String> args) {
    public Subject {
        args = List.copyOf(args);
    }
}
