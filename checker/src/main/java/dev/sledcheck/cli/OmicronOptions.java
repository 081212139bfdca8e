package dev.sledcheck.cli;

import dev.sledcheck.app.Question;
import dev.sledcheck.app.Reports;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.provider.Subject;
import dev.sledcheck.reports.Setting;
import java.util.List;
import picocli.CommandLine.Mixin;

/** The omicron model's options: the scenario and variant, where the question starts, how it delivers. */
final class OmicronOptions {

    // Instances here, not left to picocli: a provider's options() must build a subject as it comes.
    @Mixin
    ScenarioOptions scenario = new ScenarioOptions();

    @Mixin
    DeliveryOptions delivery = new DeliveryOptions();

    Question question() {
        return delivery.question(scenario.configuration());
    }

    Subject<?, ?> subject() {
        Question q = question();
        return subject(q, q.model());
    }

    private static <S, A> Subject<S, A> subject(Question q, dev.sledcheck.model.core.Model<S, A> model) {
        Configuration c = q.config();
        return new Subject<>(model, q.describe(), c.variantAndOptions(), q.bounds(), q.args(),
                List.of(new Setting("scenario", c.scenario().id())), Reports.glossary(c));
    }
}
