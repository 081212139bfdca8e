package dev.sledcheck.examples;

import dev.sledcheck.provider.Subject;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --model two-phase-commit}: {@link TwoPhase}. Its RM symmetry is offered as a reduction
 * (the model's {@code reductions()}), so the commands' own {@code --reduction symmetry} picks it.
 */
public final class TwoPhaseProvider extends ExampleProvider<TwoPhaseProvider.Options> {

    /** The model's options. */
    public static final class Options {
        @Option(names = "--rms", paramLabel = "N",
                description = "Resource managers, 1 to " + TwoPhase.MAX_RMS + " (default 3); the states grow about"
                        + " sixfold with each, so large N wants --reduction symmetry.")
        int rms = 3;

        @Option(names = "--eager-commit",
                description = "The broken TM: it commits once any RM has prepared, not every RM.")
        boolean eagerCommit;
    }

    public TwoPhaseProvider() {
        super("two-phase-commit",
                "Gray and Lamport's two-phase commit (TLA+ TwoPhase): a TM and N resource managers", Options::new);
    }

    @Override
    public String predictions() {
        return PREDICTIONS;
    }

    /** The sizes docs/examples.md tabulates: the states grow about thirtyfold from one to the next. */
    @Override
    public List<String> benchSizes() {
        return List.of("--rms 3", "--rms 5", "--rms 7");
    }

    @Override
    protected Subject<?, ?> build(Options o) {
        if (o.rms < 1 || o.rms > TwoPhase.MAX_RMS) {
            throw new IllegalArgumentException("--rms takes 1 to " + TwoPhase.MAX_RMS + ", not " + o.rms);
        }
        List<String> args = new ArrayList<>(List.of("--rms", String.valueOf(o.rms)));
        if (o.eagerCommit) {
            args.add("--eager-commit");
        }
        TwoPhase model = o.eagerCommit ? TwoPhase.eagerCommit(o.rms) : TwoPhase.of(o.rms);
        return titled(model, o.rms + (o.rms == 1 ? " RM" : " RMs"), args);
    }
}
