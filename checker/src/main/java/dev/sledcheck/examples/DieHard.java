package dev.sledcheck.examples;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import java.util.List;

/**
 * The Die Hard water jugs, after Lamport's TLA+ module {@code DieHard}: a 3-gallon and a 5-gallon jug,
 * a tap and a drain; can the big jug hold exactly 4 gallons? Every action is always enabled, as in
 * the spec, so filling a full jug is a step that loops.
 */
public final class DieHard implements Model<DieHard.Jugs, DieHard.Action> {

    static final int SMALL = 3;
    static final int BIG = 5;

    public record Jugs(int small, int big) {}

    /** The spec's actions, in the order of its {@code Next}. */
    public enum Action { FillSmall, FillBig, EmptySmall, EmptyBig, SmallToBig, BigToSmall }

    @Override
    public List<Jugs> initialStates() {
        return List.of(new Jugs(0, 0));
    }

    @Override
    public void actions(Jugs jugs, List<Action> into) {
        into.addAll(List.of(Action.values()));
    }

    @Override
    public Jugs next(Jugs j, Action action) {
        return switch (action) {
            case FillSmall -> new Jugs(SMALL, j.big());
            case FillBig -> new Jugs(j.small(), BIG);
            case EmptySmall -> new Jugs(0, j.big());
            case EmptyBig -> new Jugs(j.small(), 0);
            case SmallToBig -> {
                int poured = Math.min(j.small(), BIG - j.big());
                yield new Jugs(j.small() - poured, j.big() + poured);
            }
            case BigToSmall -> {
                int poured = Math.min(j.big(), SMALL - j.small());
                yield new Jugs(j.small() + poured, j.big() - poured);
            }
        };
    }

    @Override
    public List<Property<Jugs, Action>> properties() {
        return List.of(
                Property.always("TypeOK", "each jug holds between nothing and its capacity",
                        j -> 0 <= j.small() && j.small() <= SMALL && 0 <= j.big() && j.big() <= BIG),
                Property.sometimes("BigHasFour", "the big jug holds exactly 4 gallons", j -> j.big() == 4));
    }
}
