package dev.sledcheck.stress.omicron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.app.ConfigSyntax;
import dev.sledcheck.app.OmicronCheck;
import dev.sledcheck.checker.Checker;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.ForwardingModel;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.OmicronModel;
import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checker and the stress engines judge S1v-S4 by one rule. On every transition of the full
 * model (no reduction) of configurations that between them break all five, the properties the
 * checker's own properties say a step breaks are exactly those Nexus's history, built from the
 * same step, says it breaks. An {@code always} property counts as broken by the step into its
 * first failing state, which is when the history records the Failed it judges.
 *
 * <p>The checker itself walks the transitions: the comparison is one more on-step property of a
 * model that is otherwise the configuration's, so a disagreement comes back as a run.
 */
class OneJudgementTest {

    private static final String SAME = "same-judgement";
    private static final Set<String> JUDGED =
            Findings.JUDGED.stream().map(Enum::name).collect(Collectors.toSet());

    private record Judged(Property<SystemState<Db, Msg>, Envelope<Msg>> property, OmicronProperty name) {}

    @ParameterizedTest
    @ValueSource(strings = {"sim-bug", "real-pre", "no-gen-check", "gen-le", "watcher-reread", "sim-fix --user-stop"})
    void everyStepBreaksTheSamePropertiesForTheCheckerAndTheHistory(String text) {
        Configuration config = ConfigSyntax.parse(Scenario.SEED_7282, text);
        ActorSystem<Db, Msg> system = OmicronModel.build(config);
        List<Judged> judged = new ArrayList<>();
        for (Property<SystemState<Db, Msg>, Envelope<Msg>> p : system.properties()) {
            if (JUDGED.contains(p.name())) {
                judged.add(new Judged(p, OmicronProperty.valueOf(p.name())));
            }
        }
        assertEquals(Findings.JUDGED.size(), judged.size(), "the model has every property the history judges");
        for (SystemState<Db, Msg> s : system.initialStates()) {
            assertEquals(atStart(judged, s), byHistory(new NexusHistory(s.store()).entries()), text + ": the start");
        }

        Property<SystemState<Db, Msg>, Envelope<Msg>> same = Property.onStep(SAME,
                "the checker's properties and Nexus's history find the same properties broken by the step",
                (before, e, after) -> byChecker(judged, before, e, after)
                        .equals(byHistory(NexusHistory.of(system, system.explain(before, e)))));
        ForwardingModel<SystemState<Db, Msg>, Envelope<Msg>> model = new ForwardingModel<>(system) {
            @Override
            public List<Property<SystemState<Db, Msg>, Envelope<Msg>>> properties() {
                return List.of(same);
            }
        };
        // No reduction and no early stop: SAME is decided only when every transition was judged.
        CheckResult r = Checker.of(model).about(text, "").run();
        Verdict v = r.verdict(SAME);
        assertEquals(Status.SAFE, v.status(), () -> text + ": they differ at the last step of "
                + (v.run() == null ? "?" : v.run().schedule()));
        assertTrue(r.stats().complete(), text);
        // Not vacuous: the steps that break S1v-S4 are among those judged, and here there are some.
        assertTrue(violated(config).contains(OmicronProperty.S1v), text + " breaks S1v, the race's signature");
    }

    private static Set<OmicronProperty> atStart(List<Judged> judged, SystemState<Db, Msg> s) {
        Set<OmicronProperty> out = EnumSet.noneOf(OmicronProperty.class);
        for (Judged j : judged) {
            if (j.property() instanceof Property.Always<SystemState<Db, Msg>, Envelope<Msg>> a && !a.holds().test(s)) {
                out.add(j.name());
            }
        }
        return out;
    }

    private static Set<OmicronProperty> byChecker(List<Judged> judged, SystemState<Db, Msg> before, Envelope<Msg> e,
                                                  SystemState<Db, Msg> after) {
        Set<OmicronProperty> out = EnumSet.noneOf(OmicronProperty.class);
        for (Judged j : judged) {
            boolean breaks;
            if (j.property() instanceof Property.Always<SystemState<Db, Msg>, Envelope<Msg>> a) {
                breaks = a.holds().test(before) && !a.holds().test(after);
            } else if (j.property() instanceof Property.OnStep<SystemState<Db, Msg>, Envelope<Msg>> o) {
                breaks = !o.holds().test(before, e, after);
            } else {
                throw new IllegalStateException(j.name() + " is neither always nor on-step: " + j.property());
            }
            if (breaks) {
                out.add(j.name());
            }
        }
        return out;
    }

    private static Set<OmicronProperty> byHistory(List<Happening> happenings) {
        Set<OmicronProperty> out = EnumSet.noneOf(OmicronProperty.class);
        for (Happening h : happenings) {
            OmicronProperty p = Findings.breaks(h);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static Set<OmicronProperty> violated(Configuration config) {
        CheckResult r = OmicronCheck.run(config, SearchOptions.defaults().withOnly(JUDGED));
        Set<OmicronProperty> out = EnumSet.noneOf(OmicronProperty.class);
        for (Verdict v : r.verdicts()) {
            if (v.status() == Status.VIOLATED) {
                out.add(OmicronProperty.valueOf(v.property()));
            }
        }
        return out;
    }
}
