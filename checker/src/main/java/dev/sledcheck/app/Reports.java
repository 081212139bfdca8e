package dev.sledcheck.app;

import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.checker.Strategy;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.provider.Subject;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Matrix;
import dev.sledcheck.model.run.MatrixRow;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.reports.Gloss;
import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.Section;
import dev.sledcheck.reports.Setting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Turns what {@code check} and {@code matrix} found into the {@link Report} every renderer reads. */
public final class Reports {
    private Reports() {}

    public static Report check(Configuration c, CheckResult r, SearchOptions o) {
        return check(c, r, o, List.of());
    }

    /** @param reductions the reductions the search explored under, as asked ("none" is dropped) */
    public static Report check(Configuration c, CheckResult r, SearchOptions o, List<String> reductions) {
        return check(c, OmicronCheck.replayCommand(c), r, o, reductions);
    }

    /** @param replayCommand the command that replays a schedule of what was checked */
    public static Report check(Configuration c, String replayCommand, CheckResult r, SearchOptions o,
            List<String> reductions) {
        Section s = Section.unpredicted(name(c), replayCommand, r).explained(glossary(c));
        return new Report("check", "check " + c.describe(), options(c.scenario(), o), named(reductions),
                r.verdicts().stream().map(v -> v.property()).toList(), List.of(s), null, r.stats().seconds());
    }

    /**
     * What {@code check} of any model found.
     *
     * @param replayCommand the command that replays a schedule of the subject
     * @param reductions    the reductions the search applied
     */
    public static Report check(Subject<?, ?> s, String replayCommand, CheckResult r, SearchOptions o,
            List<String> reductions) {
        Section section = Section.unpredicted(s.name(), replayCommand, r).explained(s.glossary());
        List<Setting> settings = new ArrayList<>(s.settings());
        settings.addAll(search(o, s.model().properties().stream().map(Property::name).toList()));
        return new Report("check", "check " + s.title(), settings, reductions,
                r.verdicts().stream().map(v -> v.property()).toList(), List.of(section), null, r.stats().seconds());
    }

    public static Report matrix(Scenario scenario, Matrix m, SearchOptions o, double seconds) {
        return matrix(scenario, m, o, List.of(), seconds);
    }

    public static Report matrix(Scenario scenario, Matrix m, SearchOptions o, List<String> reductions, double seconds) {
        List<Section> sections = new ArrayList<>();
        for (MatrixRow row : m.rows()) {
            Configuration c = ConfigSyntax.parse(scenario, row.configuration());
            sections.add(new Section(row.configuration(), OmicronCheck.replayCommand(c), row.result(), row.cells(),
                    glossary(c)));
        }
        return new Report("matrix", m.title(), options(scenario, o), named(reductions), m.properties(), sections, null,
                seconds);
    }

    /**
     * What {@code matrix} of any model found.
     *
     * @param settings   the model's own settings, listed before the search's
     * @param properties the property columns, in the model's order
     * @param reductions the reductions the search applied
     */
    public static Report matrix(String title, List<Setting> settings, List<String> properties, List<Section> sections,
            SearchOptions o, List<String> reductions, double seconds) {
        List<Setting> all = new ArrayList<>(settings);
        all.addAll(search(o, properties));
        return new Report("matrix", title, all, reductions, properties, sections, null, seconds);
    }

    /** What the configuration's variant is and which commits it follows, as {@link Variant} says. */
    public static List<Gloss> glossary(Configuration c) {
        Variant v = c.variant();
        return List.of(new Gloss(v.name(), v.summary(), v.commits()));
    }

    /** The reductions by name: "all" spelled out, "none" dropped. */
    private static List<String> named(List<String> reductions) {
        List<String> out = new ArrayList<>();
        for (String r : reductions) {
            List<String> names = r.equals("all") ? OmicronCheck.reductionNames() : r.equals("none") ? List.of() : List.of(r);
            for (String n : names) {
                if (!out.contains(n)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /** The configuration without its scenario, as matrix rows and the predictions file spell it. */
    static String name(Configuration c) {
        return c.variantAndOptions();
    }

    /** How a limit of 0 (none) is spelled in reports. */
    static final String NO_LIMIT = "no limit";

    private static List<Setting> options(Scenario scenario, SearchOptions o) {
        List<Setting> all = new ArrayList<>(List.of(new Setting("scenario", scenario.id())));
        all.addAll(search(o, Arrays.stream(OmicronProperty.values()).map(Enum::name).toList()));
        return all;
    }

    /** The search's settings, the properties decided in the model's own order (S1v before S1i). */
    private static List<Setting> search(SearchOptions o, List<String> properties) {
        List<String> only = properties.stream().filter(n -> o.only().isEmpty() || o.only().contains(n)).toList();
        List<Setting> out = new ArrayList<>(List.of(new Setting("search", o.strategy().label())));
        if (o.strategy() == Strategy.SWARM) {
            // What reproduces the walks: with these three, the same output.
            out.add(new Setting("seed", Long.toString(o.walks().seed())));
            out.add(new Setting("walks", Integer.toString(o.walks().count())));
            out.add(new Setting("depth", Integer.toString(o.walks().depth())));
        }
        out.add(new Setting("max-states", o.maxStates() == 0 ? NO_LIMIT : Long.toString(o.maxStates())));
        out.add(new Setting("max-seconds", o.maxSeconds() == 0 ? NO_LIMIT : String.format(Locale.ROOT, "%s",
                trim(o.maxSeconds()))));
        out.add(new Setting("properties", String.join(",", only)));
        return out;
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
