package dev.sledcheck.cli;

import dev.sledcheck.model.core.WithFairness;
import dev.sledcheck.provider.Subject;
import dev.sledcheck.reports.output.Echo;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import picocli.CommandLine.Option;

/**
 * {@code --fair}: the actors liveness properties take to be weakly fair, instead of the model's
 * own. It is part of the subject (its title and the arguments that build it again), so a replay
 * printed by a check judges its lasso under the same fairness.
 */
final class FairnessOption {

    @Option(names = "--fair", paramLabel = "ACTORS",
            description = "The weakly fair actors that liveness properties assume, instead of the model's own: names"
                    + " separated by commas, or none (then a cycle may starve any actor). A weakly fair actor that can"
                    + " move in every state from some point on moves again and again.")
    String fair;

    /** {@code subject} under the fairness asked for; itself when none was. */
    Subject<?, ?> apply(Subject<?, ?> subject) {
        return fair == null ? subject : with(subject);
    }

    private <S, A> Subject<S, A> with(Subject<S, A> s) {
        TreeSet<String> names = new TreeSet<>();
        if (!fair.equals("none")) {
            List<String> known = s.model().actorNames();
            for (String n : fair.split(",", -1)) {
                String name = n.trim();
                if (name.isEmpty() || !known.isEmpty() && !known.contains(name)) {
                    throw new Main.BadInput("--fair " + Echo.quote(fair) + ": " + (name.isEmpty() ? "an empty name"
                            : "unknown actor " + Echo.quote(name)) + "; give none, or names of the model's actors"
                            + (known.isEmpty() ? "" : ": " + String.join(", ", known)));
                }
                names.add(name);
            }
        }
        String value = names.isEmpty() ? "none" : String.join(",", names);
        List<String> args = new ArrayList<>(s.args());
        args.addAll(List.of("--fair", value));
        return new Subject<>(new WithFairness<>(s.model(), names), s.title() + " --fair " + value, s.name(), s.bounds(),
                args, s.settings(), s.glossary());
    }
}
