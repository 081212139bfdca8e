package dev.sledcheck.provider;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.reports.Gloss;
import dev.sledcheck.reports.Setting;
import java.util.List;

/**
 * A model ready to explore, with the words a result prints about it.
 *
 * @param model    what is explored
 * @param title    what was checked, e.g. {@code two-phase-commit --rms 3}: the head of every report
 * @param name     the short name a report's section and a matrix row use, e.g. {@code --rms 3}
 * @param bounds   what a SAFE verdict is relative to, e.g. {@code 3 RMs, no message lost}
 * @param args     the options that build this subject again, for the commands a run prints
 *                 ({@code replay --model NAME ARGS --schedule ...})
 * @param settings the model's settings a report lists beside the search's, e.g. {@code rms = 3}
 * @param glossary the words of {@code name} explained, for reports' legends (a variant: what it is,
 *                 which commits it models); empty when the name says it all
 */
public record Subject<S, A>(Model<S, A> model, String title, String name, String bounds, List<String> args,
        List<Setting> settings, List<Gloss> glossary) {
    public Subject {
        args = List.copyOf(args);
        settings = List.copyOf(settings);
        glossary = List.copyOf(glossary);
    }

    /** A subject whose name is its title, with no settings or glossary: what most models need. */
    public static <S, A> Subject<S, A> of(Model<S, A> model, String title, String bounds, List<String> args) {
        return new Subject<>(model, title, title, bounds, args, List.of(), List.of());
    }
}
