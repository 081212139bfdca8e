package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property tests of the command line's input parsing (issue #12, 8): schedules, logs, saved JSON
 * and argument lists, generated from real inputs by small edits and from junk, each run through
 * {@link Contract}. Seeded and bounded (a few hundred runs of tiny configurations in all), so
 * {@code mvn verify} stays fast and a failure replays; {@code -Dsledcheck.props.seed=N} and
 * {@code -Dsledcheck.props.tries=N} explore further.
 *
 * <p>Not jqwik, which the issue named: from 1.10 its maintainers ask that AI coding agents not use
 * it, and its engine prints into every run's stdout a line telling agents to disregard their
 * instructions and ignore its results, which this project's CI logs would then carry. A seeded
 * {@link Gen} does what these properties need (no shrinking: a failure prints its input).
 */
class CliPropertiesTest {

    @TempDir
    static Path dir;

    /** sim-bug's shortest S1 run, as check prints it. */
    static String schedule;

    /** A small saved result with a run in it, and the seed's log. */
    static String json;
    static String log;

    @BeforeAll
    static void realInputs() throws IOException {
        Path out = dir.resolve("s1.json");
        Cli check = Cli.run("check", "--variant", "sim-bug", "--property", "S1v", "--report", "json=" + out);
        Matcher m = Pattern.compile("schedule: (\\S+)").matcher(check.out());
        assertTrue(m.find(), check.out());
        schedule = m.group(1);
        json = Files.readString(out);
        log = new String(CliPropertiesTest.class.getResourceAsStream("/dev/sledcheck/validate/seed-7282.log")
                .readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Runs {@code args} with an empty stdin and environment, and checks the contract; returns the exit. */
    private static int run(String what, long seed, int attempt, List<String> args) {
        Cli r = Cli.runWithEnv(Map.of(), args.toArray(String[]::new));
        Contract.holds(r, what, seed, attempt, args);
        return r.exit();
    }

    /** A property that only ever saw bad input (or only good) would test less than it says. */
    private static void sawBoth(String what, Set<Integer> exits) {
        assertTrue(exits.contains(2) && exits.stream().anyMatch(e -> e != 2), what + " saw exits " + exits);
    }

    @Test
    void everyScheduleReplaysOrIsOneLine() {
        long seed = Gen.seed();
        Gen g = new Gen(seed);
        Set<Integer> exits = new TreeSet<>();
        List<String> tokens = Arrays.asList(schedule.split(";"));
        for (int i = 0; i < Gen.tries(200); i++) {
            List<String> taken = new ArrayList<>(tokens.subList(0, g.below(tokens.size() + 1)));
            if (g.chance(60) && !taken.isEmpty()) {
                int at = g.below(taken.size());
                taken.set(at, g.chance(50) ? g.edit(taken.get(at)) : g.junk(20));
            }
            if (g.chance(20)) {
                taken.add(g.pick(tokens));
            }
            String s = g.chance(10) ? g.junk(40) : String.join(g.chance(90) ? ";" : g.pick(List.of(";;", "; ", ",")), taken);
            String option = g.chance(75) ? "--schedule" : "--start";
            List<String> args = option.equals("--schedule")
                    ? List.of("replay", "--variant", g.pick(List.of("sim-bug", "sim-fix", "real-pre")), "--schedule", s)
                    : List.of("check", "--start", s, "--max-states", "300", "--property", "S1v");
            exits.add(run("schedule", seed, i, args));
        }
        sawBoth("schedule", exits);
    }

    @Test
    void everyLogValidatesOrIsOneLine() throws IOException {
        long seed = Gen.seed();
        Gen g = new Gen(seed);
        Set<Integer> exits = new TreeSet<>();
        List<String> lines = log.lines().toList();
        for (int i = 0; i < Gen.tries(100); i++) {
            List<String> edited = new ArrayList<>(lines);
            for (int k = 1 + g.below(3); k > 0 && !edited.isEmpty(); k--) {
                int at = g.below(edited.size());
                switch (g.below(6)) {
                    case 0 -> edited.remove(at);
                    case 1 -> edited.add(at, edited.get(g.below(edited.size())));
                    case 2 -> edited.set(at, edited.get(at).replaceAll("[0-9]+", g.pick(
                            List.of("0", "-1", "99999999999999999999", "x", ""))));
                    case 3 -> edited.set(at, g.edit(edited.get(at)));
                    case 4 -> edited.add(at, bunyan(g));
                    default -> edited.add(at, g.junk(60));
                }
            }
            Path file = dir.resolve("log-" + i + ".log");
            byte[] bytes = String.join("\n", edited).getBytes(StandardCharsets.UTF_8);
            if (g.chance(5)) {
                bytes = Arrays.copyOf(bytes, bytes.length + 2);
                bytes[bytes.length - 2] = (byte) 0xc3; // a cut UTF-8 sequence
                bytes[bytes.length - 1] = (byte) 0x28;
            }
            Files.write(file, bytes);
            List<String> args = g.chance(80)
                    ? List.of("validate-log", file.toString(), "--variant", g.pick(List.of("sim-bug", "sim-fix")))
                    : List.of("validate-log", file.toString());
            exits.add(run("log", seed, i, args));
        }
        sawBoth("log", exits);
    }

    /** A bunyan line with the seed's keys and values of any JSON type. */
    private static String bunyan(Gen g) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (String key : List.of("msg", "time", "level", "component", "uri", "method", "response_code", "vmm_state")) {
            if (g.chance(70)) {
                o.set(key, anyValue(g, 1));
            }
        }
        return o.toString();
    }

    @Test
    void everySavedResultRendersOrIsOneLine() throws IOException {
        long seed = Gen.seed();
        Gen g = new Gen(seed);
        Set<Integer> exits = new TreeSet<>();
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 0; i < Gen.tries(150); i++) {
            String text;
            if (g.chance(30)) {
                text = g.edit(g.chance(50) ? json : ReportCliTest.AGREEMENT);
            } else {
                JsonNode tree = mapper.readTree(g.chance(70) ? json : ReportCliTest.AGREEMENT);
                for (int k = 1 + g.below(3); k > 0; k--) {
                    mutate(tree, g);
                }
                text = tree.toString();
            }
            // getBytes, not writeString: an edit may leave half a surrogate pair, written as '?'.
            Path file = Files.write(dir.resolve("result-" + i + ".json"), text.getBytes(StandardCharsets.UTF_8));
            List<String> args = new ArrayList<>(List.of("render", "--from", file.toString()));
            if (g.chance(20)) {
                args.add(file.toString());
            }
            if (g.chance(30)) {
                args.addAll(List.of("--report", g.pick(List.of("html", "md", "json", "text")) + "=" + dir.resolve("r-" + i)));
            }
            exits.add(run("json", seed, i, args));
        }
        sawBoth("json", exits);
    }

    /** One change somewhere in {@code tree}: a field removed, retyped or added, an array element doubled. */
    private static void mutate(JsonNode tree, Gen g) {
        JsonNode node = tree;
        for (int depth = g.below(6); depth > 0 && node.isContainerNode() && node.size() > 0; depth--) {
            JsonNode child = node.get(g.below(node.size()));
            if (node.isObject()) {
                List<String> names = new ArrayList<>();
                node.fieldNames().forEachRemaining(names::add);
                child = node.get(g.pick(names));
            }
            if (!child.isContainerNode() || child.size() == 0) {
                break;
            }
            node = child;
        }
        if (node instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = g.pick(names);
            switch (g.below(3)) {
                case 0 -> o.remove(name);
                case 1 -> o.set(name, anyValue(g, 2));
                default -> o.set(g.chance(50) ? name + "x" : g.junk(5), anyValue(g, 1));
            }
        } else if (node instanceof ArrayNode a && a.size() > 0) {
            int at = g.below(a.size());
            if (g.chance(50)) {
                a.insert(at, a.get(at).deepCopy());
            } else {
                a.set(at, anyValue(g, 2));
            }
        }
    }

    private static JsonNode anyValue(Gen g, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (g.below(depth > 0 ? 9 : 7)) {
            case 0 -> f.nullNode();
            case 1 -> f.booleanNode(g.chance(50));
            case 2 -> f.numberNode(g.pick(List.of(0L, -1L, 7L, Long.MAX_VALUE, Long.MIN_VALUE)));
            case 3 -> f.numberNode(g.pick(List.of(0.5, -1e308, 1e308, Double.MIN_VALUE)));
            case 4 -> f.textNode(g.junk(12));
            case 5 -> f.textNode(g.pick(List.of("VIOLATED", "SAFE", "INCOMPLETE", "sledcheck-result",
                    "sledcheck-agreement", "S1", "sim-bug", "")));
            case 6 -> f.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
            case 7 -> f.arrayNode().add(anyValue(g, depth - 1)).add(anyValue(g, depth - 1));
            default -> f.objectNode().set(g.pick(List.of("steps", "runs", "property", "kind")), anyValue(g, depth - 1));
        };
    }

    /** Commands, real and not; bench and explore's session are left out (slow, or waiting on a person). */
    static final List<String> COMMANDS = List.of("check", "check", "check", "replay", "validate-log", "render",
            "matrix", "help", "chek", "CHECK", "--help", "--version", "-h", "--frob", "");

    /** Options with values worth trying, valid and broken; never --max-states 0 (no limit) nor a huge model. */
    static final Map<String, List<String>> OPTIONS = Map.ofEntries(
            Map.entry("--variant", List.of("sim-bug", "sim-fix", "real-pre", "gen-le", "sim-bugg", "")),
            Map.entry("--scenario", List.of("seed-7282", "scale", "seed")),
            Map.entry("--instances", List.of("1", "2", "0", "-1", "33", "99999999999", "two")),
            Map.entry("--passes", List.of("0", "1", "2", "-1", "x")),
            Map.entry("--intent", List.of("on", "off", "maybe")),
            Map.entry("--restart", List.of("on", "off", "1")),
            Map.entry("--search", List.of("bfs", "dfs", "best")),
            Map.entry("--max-states", List.of("50", "500", "-5", "1e3", "abc")),
            Map.entry("--max-seconds", List.of("5", "0.5", "-1", "NaN", "Infinity")),
            Map.entry("--reduction", List.of("all", "none", "gen", "por", "symmetry", "fast")),
            Map.entry("--threads", List.of("1", "2", "0", "-3", "2147483647")),
            Map.entry("--store", List.of("exact", "fingerprint", "auto", "bloom")),
            Map.entry("--frontier", List.of("auto", "packed", "objects", "disk")),
            Map.entry("--frontier-memory", List.of("1", "64k", "0", "lots")),
            Map.entry("--delivery", List.of("any", "same-thread", "fifo")),
            Map.entry("--start", List.of("user:stop#1(i0)", "user:stop#1(i0);agent:stop(v1)", "nope", "")),
            Map.entry("--property", List.of("S1v", "S1i", "s1v", "L1", "R1", "S1", "S9")),
            Map.entry("--report", List.of("md", "pdf=x.pdf", "html", "json=/proc/x.json", "text=REPORT", "md=REPORT")),
            Map.entry("--schedule", List.of("user:stop#1(i0)", "x", "")),
            Map.entry("--from", List.of("/nonexistent.json", "RESULT")),
            Map.entry("--user-stop", List.of()),
            Map.entry("--progress", List.of()),
            Map.entry("--width", List.of("80", "3", "x")),
            Map.entry("--varaint", List.of("sim-bug")),
            Map.entry("-x", List.of()),
            Map.entry("--", List.of()));

    @Test
    void everyArgumentListGivesAVerdictOrOneLine() throws IOException {
        long seed = Gen.seed();
        Gen g = new Gen(seed);
        Set<Integer> exits = new TreeSet<>();
        Path result = Files.writeString(dir.resolve("saved.json"), json);
        List<String> names = OPTIONS.keySet().stream().sorted().toList();
        for (int i = 0; i < Gen.tries(150); i++) {
            List<String> args = new ArrayList<>(List.of(g.pick(COMMANDS)));
            for (int k = g.below(7); k > 0; k--) {
                String name = g.pick(names);
                List<String> values = OPTIONS.get(name);
                if (g.chance(85)) {
                    args.add(name);
                }
                if (!values.isEmpty() && g.chance(90)) {
                    // Never junk after --max-states: junk such as "0" would lift the bound.
                    args.add(g.chance(90) || name.equals("--max-states") ? g.pick(values).replace("REPORT", dir.resolve("o-" + i).toString())
                            .replace("RESULT", result.toString()) : g.junk(10));
                }
            }
            // A bound on every search, unless the list already chose one (maybe a broken one).
            if (List.of("check", "matrix").contains(args.get(0)) && !args.contains("--max-states")) {
                args.addAll(List.of("--max-states", args.get(0).equals("matrix") ? "100" : "1000"));
            }
            exits.add(run("options", seed, i, args));
        }
        sawBoth("options", exits);
    }
}
