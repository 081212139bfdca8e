package dev.sledcheck.validate;

import dev.sledcheck.logs.LogEntry;
import dev.sledcheck.logs.LogFile;
import dev.sledcheck.logs.MalformedLogException;
import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.OmicronModel;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.trace.Group;
import dev.sledcheck.trace.Observation;
import dev.sledcheck.trace.TraceResult;
import dev.sledcheck.trace.TraceSearch;
import dev.sledcheck.trace.TraceText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Is a log a possible run of a configuration, or of each variant: the verdicts and their text. */
public final class LogCheck {

    /**
     * A parsed log: its entries in file order, the lines that were no entry (prose, skipped), and
     * what sledcheck understood of the entries.
     */
    public record Log(List<LogEntry> entries, List<Integer> otherLines, Recognizer.Recognised recognised) {
        public Log {
            entries = List.copyOf(entries);
            otherLines = List.copyOf(otherLines);
        }
    }

    /**
     * One configuration's verdict: {@code firstUnmatched} is empty when possible, {@code text}
     * the full account (the run, or the entry and why).
     */
    public record Verdict(Configuration config, boolean possible, String firstUnmatched, String why, String text) {}

    private LogCheck() {}

    /**
     * The log in {@code text}, in any format {@link LogFile} reads.
     *
     * @throws MalformedLogException   if it holds no log entry, or one that breaks its format
     * @throws UnusableLogException    if a recognised entry lacks what its event needs, or no entry
     *     is recognised: a check of nothing would say "possible" of anything
     */
    public static Log parse(String text) throws MalformedLogException, UnusableLogException {
        LogFile.Contents read = LogFile.read(text);
        Recognizer.Recognised rec = Recognizer.recognise(read.entries());
        if (rec.events().isEmpty()) {
            int n = read.entries().size();
            throw new UnusableLogException("none of the " + n + " log entr" + (n == 1 ? "y" : "ies")
                    + " read is one sledcheck recognises (Nexus receiving or completing the agent's PUT /vmms/{id},"
                    + " the agent completing a GET /vmms/{id}/state, the instance watcher's 404 verdict or write,"
                    + " an update saga's commit)" + Summary.other(read.otherLines().size()));
        }
        return new Log(read.entries(), read.otherLines(), rec);
    }

    public static Verdict check(Log log, Configuration config) {
        ActorSystem<Msg, Db> system = OmicronModel.build(config);
        List<Group<SystemState<Msg, Db>, Envelope<Msg>>> groups = new Meanings(system).groups(log.recognised().events());
        TraceResult<SystemState<Msg, Db>, Envelope<Msg>> r = TraceSearch.search(system, groups);
        StringBuilder sb = new StringBuilder();
        if (r instanceof TraceResult.Possible<SystemState<Msg, Db>, Envelope<Msg>> p) {
            int steps = (int) p.marks().stream().filter(TraceResult.Mark::isStep).count();
            sb.append("POSSIBLE: a run of ").append(steps).append(" steps shows the ")
                    .append(log.recognised().events().size()).append(" recognised entries in this order (")
                    .append(p.nodes()).append(" nodes searched):\n");
            sb.append(TraceText.run(system, groups, p, "  "));
            sb.append("  bindings  ").append(p.bindings().map().entrySet().stream()
                    .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "))).append('\n');
            sb.append("  schedule  ").append(TraceText.schedule(system, p)).append('\n');
            return new Verdict(config, true, "", "a run of " + steps + " steps shows them all", sb.toString());
        }
        TraceResult.Impossible<SystemState<Msg, Db>, Envelope<Msg>> i =
                (TraceResult.Impossible<SystemState<Msg, Db>, Envelope<Msg>>) r;
        sb.append("IMPOSSIBLE at ").append(i.first().id()).append(": ").append(i.first().meaning()).append('\n');
        List<String> before = new ArrayList<>();
        for (int g = 0; g < i.group(); g++) {
            groups.get(g).members().forEach(o -> before.add(o.id()));
        }
        sb.append("  matched before it: ").append(before.isEmpty() ? "none" : String.join(" ", before)).append('\n');
        sb.append("  why: ").append(i.why()).append('\n');
        sb.append("  (").append(i.nodes()).append(" nodes searched: every run of the model, within its bounds)\n");
        return new Verdict(config, false, i.first().id(), i.why(), sb.toString());
    }

    /** What was read and how each recognised entry is read, one line each. */
    public static String entries(Log log, Configuration config) {
        StringBuilder sb = new StringBuilder();
        Recognizer.Recognised rec = log.recognised();
        sb.append(Summary.of(log));
        LogFile.outOfOrder(log.entries()).ifPresent(i -> sb.append("  order    as in the file, which is not [N] order: ")
                .append(log.entries().get(i).id()).append(" comes after ").append(log.entries().get(i - 1).id())
                .append('\n'));
        // Ids of entries numbered by their line differ in width; pad them so the meanings line up.
        int w = rec.events().stream().mapToInt(e -> e.entry().id().length()).max().orElse(0);
        Meanings meanings = new Meanings(OmicronModel.build(config));
        for (Group<SystemState<Msg, Db>, Envelope<Msg>> g : meanings.groups(rec.events())) {
            for (int m = 0; m < g.members().size(); m++) {
                Observation<SystemState<Msg, Db>, Envelope<Msg>> o = g.members().get(m);
                String kind = g.isState() ? "state" : "step ";
                String same = m > 0 ? " (one model step with " + g.members().get(0).id() + ")" : "";
                sb.append("  ").append(pad(o.id(), w)).append("  ").append(kind).append("  ").append(o.meaning())
                        .append(same).append('\n');
            }
        }
        return sb.toString();
    }

    /** Every built-in variant with {@code base}'s scenario and options, in table order. */
    public static List<Verdict> everyVariant(Log log, Configuration base) {
        List<Verdict> out = new ArrayList<>();
        for (Variant v : Variant.ALL) {
            out.add(check(log, new Configuration(base.scenario(), base.options(), v)));
        }
        return out;
    }

    /** The table over variants: one row each, the reason in full. */
    public static String table(List<Verdict> verdicts) {
        int w = "variant".length();
        for (Verdict v : verdicts) {
            w = Math.max(w, v.config().variant().name().length());
        }
        StringBuilder sb = new StringBuilder();
        sb.append(pad("variant", w)).append("  ").append(pad("verdict", 10)).append("  ").append(pad("at", 9))
                .append("  why\n");
        for (Verdict v : verdicts) {
            sb.append(pad(v.config().variant().name(), w)).append("  ")
                    .append(pad(v.possible() ? "possible" : "impossible", 10)).append("  ")
                    .append(pad(v.possible() ? "-" : v.firstUnmatched(), 9)).append("  ").append(v.why()).append('\n');
        }
        return sb.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
