package dev.sledcheck.cli;

import dev.sledcheck.checker.ByteSize;
import dev.sledcheck.checker.FrontierOptions;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.checker.StoreMode;
import dev.sledcheck.checker.Strategy;
import dev.sledcheck.checker.Walks;
import dev.sledcheck.reports.output.Echo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The search options shared by {@code check} and {@code matrix}. */
final class SearchMixin {

    @Option(names = "--search", paramLabel = "bfs|dfs|swarm", converter = StrategyConverter.class,
            description = "bfs (default): shortest counterexamples; dfs: less memory, same verdicts; swarm (check"
                    + " only): many random depth-first walks (--seed, --walks, --depth) that find violations in"
                    + " spaces too big to search whole, but prove nothing: a property they do not break is"
                    + " INCOMPLETE, never SAFE.")
    Strategy strategy = Strategy.BFS;

    @Option(names = "--max-states", paramLabel = "N",
            description = "Stop after N distinct states; undecided properties are then INCOMPLETE, never SAFE.")
    long maxStates;

    @Option(names = "--max-seconds", paramLabel = "T",
            description = "Stop after T seconds; undecided properties are then INCOMPLETE, never SAFE.")
    double maxSeconds;

    @Option(names = "--max-memory", paramLabel = "SIZE", converter = MemorySize.class,
            description = "Stop once the search's live data fills SIZE of the heap (e.g. 512m, 2g; 0 = no budget);"
                    + " undecided properties are then INCOMPLETE. Default: 85%% of the heap's maximum (-Xmx), which"
                    + " leaves room to print the result and write the reports.")
    Long maxMemory;

    @Option(names = "--reduction", paramLabel = "R",
            description = "Sound reductions (repeatable): all (default: every reduction below), none (alone: the raw"
                    + " state space), gen (a write"
                    + " that can no longer land is forgotten in detail, under the strict gen check), symmetry"
                    + " (identical instances of scale), por (partial-order reduction: steps that commute are"
                    + " explored in one order, such as one instance's steps while no listing of the watcher can"
                    + " see it, or the agent's steps on a VMM nobody else can call it about). A run"
                    + " found under a reduction is turned into a run of the full model and replayed there"
                    + " first; it is shortest in the reduced graph.")
    List<String> reductions = List.of("all");

    /**
     * The reductions asked for, checked against what the model offers. {@code none} beside any
     * other is a contradiction, refused rather than one of them silently dropped.
     */
    List<String> reductions() {
        return reductions(dev.sledcheck.app.OmicronCheck.defaultModel());
    }

    /** As above, against what {@code model} offers. */
    List<String> reductions(dev.sledcheck.model.core.Model<?, ?> model) {
        List<String> valid = new ArrayList<>(List.of("none", "all"));
        valid.addAll(dev.sledcheck.checker.Reductions.offered(model));
        for (String r : reductions) {
            if (!valid.contains(r)) {
                throw new Main.BadInput("unknown reduction " + Echo.quote(r) + "; valid: " + String.join(", ", valid));
            }
        }
        List<String> others = reductions.stream().filter(r -> !r.equals("none")).distinct().toList();
        if (reductions.contains("none") && !others.isEmpty()) {
            throw new Main.BadInput("--reduction none (the raw state space) contradicts --reduction "
                    + String.join(", ", others) + "; give none alone, or the reductions you want");
        }
        return reductions;
    }

    @Option(names = "--threads", paramLabel = "K",
            description = "Search on K threads (default: every core). bfs only (dfs with K > 1 is refused); the"
                    + " result is the same for every K.")
    Integer threads;

    @Option(names = "--store", paramLabel = "exact|fingerprint|auto", converter = StoreConverter.class,
            description = "How visited states are kept: exact (whole states), fingerprint (64-bit: a few tens of"
                    + " bytes a state, which runs print, with a stated bound on the chance a collision hid a state) or auto (default: exact up to 200000 states,"
                    + " then fingerprints).")
    StoreMode store;

    @Option(names = "--frontier", paramLabel = "auto|packed|objects", converter = FrontierConverter.class,
            description = "How bfs queues the states it has yet to expand: packed (into bytes, a few tens a state,"
                    + " and to disk beyond --frontier-memory; packing costs a few microseconds a state), objects"
                    + " (the model's own) or auto (default: packed once the store keeps fingerprints and a level"
                    + " is so wide that its objects would take a quarter of the memory budget). Never changes a"
                    + " result.")
    FrontierOptions.Mode frontier;

    @Option(names = "--frontier-memory", paramLabel = "SIZE", converter = MemorySize.class,
            description = "Packed states the queue keeps in memory before it writes blocks of them to a temporary"
                    + " file (e.g. 256m; default: a quarter of the heap's maximum, at most 1g).")
    Long frontierMemory;

    /** The options of a search that must decide every property it can: bfs or dfs. */
    SearchOptions options(Set<String> only) {
        if (strategy == Strategy.SWARM) {
            // matrix reads verdicts against predictions and explore's find reports "none": both need
            // a search that proves what it does not find.
            throw new Main.BadInput("--search swarm runs with check only: it proves nothing, and this command"
                    + " needs a search that does");
        }
        return options(only, new SwarmOptions());
    }

    /** The options of check, whose {@code --search swarm} runs the walks {@code swarm} names. */
    SearchOptions options(Set<String> only, SwarmOptions swarm) {
        Walks walks = swarm.walks(strategy);
        if (strategy == Strategy.SWARM && (maxStates != 0 || store != null)) {
            throw new Main.BadInput("--search swarm takes neither --max-states nor --store: each walk keeps its"
                    + " own small visited set, and --walks and --depth bound them");
        }
        if (maxStates < 0 || maxSeconds < 0) {
            throw new Main.BadInput("--max-states and --max-seconds take a number >= 0 (0 = no limit)");
        }
        if (threads != null && threads < 1) {
            throw new Main.BadInput("--threads takes a number >= 1");
        }
        if (threads != null && threads > 1 && strategy == Strategy.DFS) {
            // Depth-first search runs on one thread; taking --threads silently would promise a speed-up.
            throw new Main.BadInput("--threads " + threads + " needs --search bfs or swarm: dfs searches on one thread");
        }
        SearchOptions options = new SearchOptions(strategy, maxStates, maxSeconds, only)
                .withThreads(threads == null ? SearchOptions.allCores() : threads)
                .withStore(store == null ? StoreMode.AUTO : store)
                .withWalks(walks)
                .withFrontier(frontier());
        return maxMemory == null ? options : options.withMaxMemory(checkedBudget(maxMemory));
    }

    /** The queue asked for; one that could not apply is refused rather than ignored. */
    private FrontierOptions frontier() {
        if ((frontier != null || frontierMemory != null) && strategy != Strategy.BFS) {
            throw new Main.BadInput("--frontier and --frontier-memory shape the queue of --search bfs; "
                    + strategy.label() + " keeps no such queue");
        }
        if (frontier == FrontierOptions.Mode.PACKED && store == StoreMode.EXACT) {
            throw new Main.BadInput("--frontier packed needs a store of fingerprints: --store exact keeps every"
                    + " state whole anyway, so packing the queue would save nothing");
        }
        if (frontierMemory != null && frontierMemory < 1) {
            throw new Main.BadInput("--frontier-memory takes a size >= 1 byte");
        }
        return new FrontierOptions(frontier == null ? FrontierOptions.Mode.AUTO : frontier,
                frontierMemory == null ? 0 : frontierMemory);
    }

    /** A budget the heap can hold: a larger one could never stop the search before the JVM does. */
    static long checkedBudget(long bytes) {
        long heap = Runtime.getRuntime().maxMemory();
        if (bytes > heap) {
            throw new Main.BadInput("--max-memory " + ByteSize.of(bytes) + " is more than the heap's maximum ("
                    + ByteSize.of(heap) + "); raise -Xmx (java -Xmx... -jar sledcheck.jar) or lower --max-memory");
        }
        return bytes;
    }

    static final class FrontierConverter implements ITypeConverter<FrontierOptions.Mode> {
        @Override
        public FrontierOptions.Mode convert(String value) {
            for (FrontierOptions.Mode m : FrontierOptions.Mode.values()) {
                if (m.label().equals(value)) {
                    return m;
                }
            }
            throw new TypeConversionException("unknown frontier " + Echo.quote(value) + "; valid: auto, packed, objects");
        }
    }

    static final class StoreConverter implements ITypeConverter<StoreMode> {
        @Override
        public StoreMode convert(String value) {
            for (StoreMode s : StoreMode.values()) {
                if (s.label().equals(value)) {
                    return s;
                }
            }
            throw new TypeConversionException("unknown store " + Echo.quote(value) + "; valid: exact, fingerprint, auto");
        }
    }

    static final class StrategyConverter implements ITypeConverter<Strategy> {
        @Override
        public Strategy convert(String value) {
            for (Strategy s : Strategy.values()) {
                if (s.label().equals(value)) {
                    return s;
                }
            }
            throw new TypeConversionException("unknown search " + Echo.quote(value) + "; valid: bfs, dfs, swarm");
        }
    }
}
