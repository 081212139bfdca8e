package dev.sledcheck.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.validate.SeedLog;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogFileTest {

    @Test
    void readsTheSeedsEntries() throws MalformedLogException {
        List<LogEntry> entries = LogFile.parse(SeedLog.text());
        assertEquals(List.of("[10409]", "[10417]", "[10419]", "[10421]", "[10584]", "[10833]"),
                entries.stream().map(LogEntry::id).toList());
        LogEntry put = entries.get(0);
        assertEquals("2024-12-18T23:42:01.825Z", put.timestamp());
        assertEquals("INFO", put.level());
        assertEquals("test_disk_move_between_instances", put.test());
        assertEquals("dropshot_internal", put.component());
        assertEquals("received new VMM runtime state from sled agent", put.message());
        assertEquals(10, put.fields().size());
        assertEquals("/vmms/1d0ff3f1-e9c1-4443-bd36-efcc4200ab15", put.fields().get("uri"));
        assertEquals(List.of("actor_id", "authenticated"), put.fields().keySet().stream().limit(2).toList());
        assertTrue(entries.get(2).fields().get("error").contains("NO_SUCH_INSTANCE"));
        assertEquals(OptionalInt.empty(), LogFile.outOfOrder(entries));
    }

    @Test
    void keepsFileOrderAndSaysWhereItIsNotNumberOrder() throws MalformedLogException {
        List<LogEntry> e = LogFile.parse("[20] t INFO x (c): b\n\n[10] t INFO x (c): a\nk = v\n");
        assertEquals(List.of("[20]", "[10]"), e.stream().map(LogEntry::id).toList());
        assertEquals(OptionalInt.of(1), LogFile.outOfOrder(e));
        assertEquals(3, e.get(1).line());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[1] t INFO x (c): m\\nThis HTTP request completes here: | line 2: neither an entry header",
        "k = v\\n[1] t INFO x (c): m | line 1: a 'key = value' line before the first entry header",
        "[1] t INFO x (c): m\\n[1] t INFO x (c): n | line 2: entry [1] already began on line 1",
        "[1] t INFO x (c): m\\nk = 1\\nk = 2 | line 3: key 'k' given twice in entry [1]",
        "'' | no log entry found",
        "[1] t info x (c): m | line 1: neither an entry header",
    })
    void malformedTextIsOneLineSayingWhere(String text, String message) {
        MalformedLogException e = assertThrows(MalformedLogException.class,
                () -> LogFile.parse(text.replace("\\n", "\n")));
        assertTrue(e.getMessage().startsWith(message.strip()), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }
}
