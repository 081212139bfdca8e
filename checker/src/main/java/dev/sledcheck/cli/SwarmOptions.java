package dev.sledcheck.cli;

import dev.sledcheck.checker.Strategy;
import dev.sledcheck.checker.Walks;
import picocli.CommandLine.Option;

/** {@code check}'s options for {@code --search swarm}: which walks, from which seed. */
final class SwarmOptions {

    @Option(names = "--seed", paramLabel = "S",
            description = "With --search swarm: the seed each walk's own seed is drawn from (default "
                    + "1). The same seed, walks and depth give the same output on any --threads.")
    Long seed;

    @Option(names = "--walks", paramLabel = "W",
            description = "With --search swarm: run W walks (default 100), or fewer: the search stops after"
                    + " the first walk by which every property has a run.")
    Integer walks;

    @Option(names = "--depth", paramLabel = "D",
            description = "With --search swarm: no walk goes deeper than D steps (default 200), so no run"
                    + " shown is longer. At-end and eventually properties are judged only where no step is"
                    + " enabled, never at depth D.")
    Integer depth;

    /** The walks asked for; refused when given without {@code --search swarm}, which alone reads them. */
    Walks walks(Strategy strategy) {
        if (strategy != Strategy.SWARM) {
            if (seed != null || walks != null || depth != null) {
                throw new Main.BadInput("--seed, --walks and --depth need --search swarm");
            }
            return Walks.DEFAULT;
        }
        if (walks != null && walks < 1 || depth != null && depth < 1) {
            throw new Main.BadInput("--walks and --depth take a number >= 1");
        }
        return new Walks(seed == null ? Walks.DEFAULT.seed() : seed, walks == null ? Walks.DEFAULT.count() : walks,
                depth == null ? Walks.DEFAULT.depth() : depth);
    }
}
