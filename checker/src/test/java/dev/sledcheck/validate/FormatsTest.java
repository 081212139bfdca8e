package dev.sledcheck.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed's six entries written in each format give the seed's verdicts, entry for entry, with
 * or without prose around them. Entries are compared by place ({@link SeedLog#byPlace}): without
 * [N], an entry is numbered by its line.
 */
class FormatsTest {

    static String table(LogCheck.Log log) {
        return LogCheck.table(LogCheck.everyVariant(log, LogCheckTest.SIM_BUG));
    }

    static final String SEED_TABLE = tableByPlace(SeedLog.text());

    static String tableByPlace(String text) {
        try {
            LogCheck.Log log = LogCheck.parse(text);
            return SeedLog.byPlace(table(log), log);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-7282.json-lines.log", "seed-7282.rendered.log", "seed-7282.one-line.log"})
    void eachFormatGivesTheSeedsVerdictTable(String resource) throws Exception {
        assertEquals(SEED_TABLE, tableByPlace(SeedLog.resource(resource)));
        assertTrue(SEED_TABLE.contains("\nsim-fix impossible #2 a run shows it only after nexus:put(v1,Destroyed/7),"
                + " which the log puts later, at #5\n"), SEED_TABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-7282.log", "seed-7282.json-lines.log", "seed-7282.rendered.log",
        "seed-7282.one-line.log"})
    void proseAroundTheEntriesIsSkippedAndCountedAndChangesNoVerdict(String resource) throws Exception {
        String text = SeedLog.withProse(SeedLog.resource(resource));
        LogCheck.Log log = LogCheck.parse(text);
        assertEquals(6, log.recognised().events().size());
        // One line before each of the six entries, then a fence and a sentence after the last.
        assertEquals(8, log.otherLines().size(), text);
        assertEquals(SEED_TABLE, SeedLog.byPlace(table(log), log));
        String summary = LogCheck.entries(log, LogCheckTest.SIM_BUG);
        assertTrue(summary.contains("  prose    8 lines are no log entry, skipped: lines 1, "), summary);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-7282.json-lines.log", "seed-7282.rendered.log", "seed-7282.one-line.log"})
    void theSameEventsAreReadFromEachFormat(String resource) throws Exception {
        List<Event> seed = LogCheck.parse(SeedLog.text()).recognised().events();
        List<Event> other = LogCheck.parse(SeedLog.resource(resource)).recognised().events();
        assertEquals(seed.stream().map(FormatsTest::withoutEntry).toList(),
                other.stream().map(FormatsTest::withoutEntry).toList());
    }

    /** An event's components but its entry (whose number and timestamp differ by format). */
    private static String withoutEntry(Event e) {
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
        for (RecordComponent c : e.getClass().getRecordComponents()) {
            if (!c.getName().equals("entry")) {
                try {
                    sb.append(' ').append(c.getName()).append('=').append(c.getAccessor().invoke(e));
                } catch (ReflectiveOperationException ex) {
                    throw new AssertionError(ex);
                }
            }
        }
        return sb.toString();
    }
}
