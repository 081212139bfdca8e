package dev.sledcheck.stress.agreement;

import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.stress.lincheck.LincheckVerdict;
import dev.sledcheck.stress.races.CheckerAnswer;
import dev.sledcheck.stress.races.Race;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One configuration's three verdicts and whether they agree. Disagreements: Lincheck or jcstress
 * seeing a violation (or a jcstress outcome) the checker proves unreachable under same-thread
 * delivery; Lincheck missing a violation the checker finds (or the spurious Failed); a FORBIDDEN
 * outcome observed; an engine that should have run and did not. Not disagreements, only notes: a
 * violation found only by the full model (outside the runtime's reach), and a reachable outcome
 * jcstress did not see (not seen in n samples: never counted as safe).
 */
record Row(Race race, CheckerAnswer checker, LincheckVerdict lincheck, JcstressSummary.Test jcstress,
           boolean jcstressExpected, List<String> notes, List<String> disagreements) {

    static Row judge(Race race, CheckerAnswer c, LincheckVerdict l, JcstressSummary summary) {
        List<String> notes = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        List<OmicronProperty> same = c.sameThreadViolated();
        List<OmicronProperty> full = c.fullViolated();
        if (!full.containsAll(same)) {
            bad.add("the checker breaks " + same + " under same-thread delivery but only " + full + " in the full model");
        }
        for (OmicronProperty p : full) {
            if (!same.contains(p)) {
                notes.add(p + " broken only in the full model: outside the runtime's reach");
            }
        }
        judgeLincheck(same, l, bad);
        JcstressSummary.Test j = summary == null ? null : summary.tests().get(race.jcstressTest());
        boolean expected = summary != null && Pattern.compile(summary.filter()).matcher(race.jcstressTest()).find();
        if (j == null) {
            (expected ? bad : notes).add("jcstress did not run " + race.jcstressTest());
        } else {
            judgeJcstress(c, j, notes, bad);
        }
        return new Row(race, c, l, j, expected, notes, bad);
    }

    private static void judgeLincheck(List<OmicronProperty> same, LincheckVerdict l, List<String> bad) {
        if (l == null) {
            bad.add("no Lincheck verdict recorded (Lincheck's tests did not run this race)");
            return;
        }
        boolean found = l.verdict().equals(LincheckVerdict.VIOLATED);
        if (!same.isEmpty() && !found) {
            bad.add("Lincheck found no violation where the checker finds " + same);
        }
        if (same.isEmpty() && found) {
            bad.add("Lincheck found " + l.broken() + " broken, which the checker proves unreachable");
        }
        if (!same.containsAll(l.broken())) {
            bad.add("Lincheck saw " + l.broken() + " broken; the checker finds only " + same);
        }
        if (same.contains(OmicronProperty.S1v) && !l.s1v().equals(LincheckVerdict.VIOLATED)) {
            bad.add("Lincheck did not show the spurious Failed the checker finds");
        }
    }

    private static void judgeJcstress(CheckerAnswer c, JcstressSummary.Test j, List<String> notes, List<String> bad) {
        if (j.samples() == 0) {
            bad.add("jcstress took no sample of " + j.name() + " (status " + j.status() + ")");
        }
        long forbidden = j.count("FORBIDDEN");
        if (forbidden > 0) {
            bad.add("jcstress observed FORBIDDEN outcomes " + forbidden + " times");
        }
        for (String o : j.counts().keySet()) {
            if (!c.outcomes().contains(o)) {
                bad.add("jcstress saw '" + o + "', an outcome the checker proves unreachable");
            }
        }
        for (String o : c.outcomes()) {
            if (!o.endsWith(", ok") && !j.counts().containsKey(o)) {
                notes.add("'" + o + "' not seen in " + j.samples() + " samples");
            }
        }
    }

    String agreement() {
        return disagreements.isEmpty() ? "agree" : "disagree: " + String.join("; ", disagreements);
    }

    /** The entry of agreement.json. */
    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", race.title());
        m.put("configuration", race.config().describe());
        m.put("start", race.start());
        m.put("operations", race.ops().stream().map(op -> op.method()).toList());
        Map<String, Object> ch = new LinkedHashMap<>();
        ch.put("sameThread", CheckerAnswer.verdict(checker.sameThreadViolated()));
        ch.put("full", CheckerAnswer.verdict(checker.fullViolated()));
        ch.put("sameThreadBroken", names(checker.sameThreadViolated()));
        ch.put("fullBroken", names(checker.fullViolated()));
        ch.put("outcomes", checker.outcomes());
        ch.put("sameThreadStates", checker.sameThread().stats().states());
        ch.put("fullStates", checker.full().stats().states());
        ch.put("seconds", checker.seconds());
        m.put("checker", ch);
        m.put("lincheck", lincheck == null ? "NOT_RUN" : lincheck.verdict());
        if (lincheck != null) {
            Map<String, Object> ld = new LinkedHashMap<>();
            ld.put("broken", names(lincheck.broken()));
            ld.put("spuriousFailed", lincheck.s1v());
            ld.put("invocations", lincheck.invocations());
            ld.put("seconds", lincheck.seconds());
            m.put("lincheckDetail", ld);
        }
        Map<String, Object> js = new LinkedHashMap<>();
        js.put("test", race.jcstressTest());
        js.put("status", jcstress == null ? "NOT_RUN" : jcstress.status());
        js.put("samples", jcstress == null ? 0L : jcstress.samples());
        js.put("outcomes", jcstress == null ? Map.of() : new LinkedHashMap<>(jcstress.counts()));
        js.put("interesting", jcstress == null ? 0L : jcstress.count("ACCEPTABLE_INTERESTING"));
        js.put("forbidden", jcstress == null ? 0L : jcstress.count("FORBIDDEN"));
        m.put("jcstress", js);
        m.put("notes", notes);
        m.put("agreement", agreement());
        return m;
    }

    private static List<String> names(List<OmicronProperty> ps) {
        return ps.stream().map(Enum::name).toList();
    }
}
