package dev.sledcheck.examples;

import dev.sledcheck.provider.Subject;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --model peterson}: {@link Peterson}. */
public final class PetersonProvider extends ExampleProvider<PetersonProvider.Options> {

    /** The model's options. */
    public static final class Options {
        @Option(names = "--atomic-await",
                description = "The wait reads flag and turn in one step (as tlaplus/Examples' Peterson.tla), not one"
                        + " step a read.")
        boolean atomicAwait;

        @Option(names = "--broken",
                description = "The wait drops its turn check (Herlihy and Shavit's LockOne): both processes can raise"
                        + " their flags and wait for each other forever.")
        boolean broken;

        @Option(names = "--liveness",
                description = "Also decide NoStarvation (once P0 has raised its flag, it reaches its critical section)"
                        + " over every run, the infinite ones too, both processes weakly fair (--fair none: neither).")
        boolean liveness;
    }

    public PetersonProvider() {
        super("peterson", "Peterson's mutual exclusion for two processes, each read and write one step", Options::new);
    }

    @Override
    public String predictions() {
        return PREDICTIONS;
    }

    @Override
    protected Subject<?, ?> build(Options o) {
        if (o.broken && o.atomicAwait) {
            throw new IllegalArgumentException("--atomic-await changes nothing with --broken: its wait reads only"
                    + " the other's flag, one step either way; give one of them");
        }
        Peterson.Variant variant = o.broken ? Peterson.Variant.LOCK_ONE
                : o.atomicAwait ? Peterson.Variant.ATOMIC_AWAIT : Peterson.Variant.SPLIT_READS;
        List<String> args = new java.util.ArrayList<>(
                o.broken ? List.of("--broken") : o.atomicAwait ? List.of("--atomic-await") : List.of());
        if (o.liveness) {
            args.add("--liveness");
        }
        return titled(new Peterson(variant, o.liveness), "2 processes, sequentially consistent memory", args);
    }
}
