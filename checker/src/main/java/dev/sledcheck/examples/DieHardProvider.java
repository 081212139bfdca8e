package dev.sledcheck.examples;

import dev.sledcheck.provider.Subject;
import java.util.List;

/** {@code --model die-hard}: {@link DieHard}, without options. */
public final class DieHardProvider extends ExampleProvider<Void> {

    public DieHardProvider() {
        super("die-hard", "The Die Hard water jugs (TLA+ DieHard): measure 4 gallons with a 3- and a 5-gallon jug",
                () -> null);
    }

    @Override
    public String predictions() {
        return PREDICTIONS;
    }

    @Override
    protected Subject<?, ?> build(Void options) {
        return titled(new DieHard(), DieHard.SMALL + "- and " + DieHard.BIG + "-gallon jugs", List.of());
    }
}
