package dev.sledcheck.cli;

import dev.sledcheck.app.Delivery;
import dev.sledcheck.app.Question;
import dev.sledcheck.checker.ScheduleException;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.reports.output.Echo;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Where a question starts and how messages are delivered: {@code check} and {@code replay}. */
final class DeliveryOptions {

    @Option(names = "--delivery", paramLabel = "any|same-thread", converter = DeliveryConverter.class,
            description = "any (default): any message in flight may be delivered next. same-thread: as the"
                    + " stress module's threaded runtime delivers: each message in flight at the start is"
                    + " one thread, which delivers what it sends itself (replies first, sagas last).")
    Delivery delivery = Delivery.ANY;

    @Option(names = "--start", paramLabel = "SCHEDULE",
            description = "Start from the state this schedule (as replay takes it) leads to, e.g. up to"
                    + " 'agent:204(v1,Stopping/6)'.")
    String start = "";

    /** The question for {@code config}; a start schedule that does not replay is bad input. */
    Question question(Configuration config) {
        Question q = new Question(config, delivery, start);
        try {
            q.startState();
        } catch (ScheduleException e) {
            throw new Main.BadInput("bad --start schedule: " + e.getMessage());
        }
        return q;
    }

    static final class DeliveryConverter implements ITypeConverter<Delivery> {
        @Override
        public Delivery convert(String value) {
            return Delivery.byLabel(value).orElseThrow(() -> new TypeConversionException(
                    "unknown delivery " + Echo.quote(value) + "; valid: " + String.join(", ", Delivery.labels())));
        }
    }
}
