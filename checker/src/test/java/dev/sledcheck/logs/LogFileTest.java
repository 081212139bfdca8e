package dev.sledcheck.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.validate.SeedLog;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogFileTest {

    static List<LogEntry> entries(String text) throws MalformedLogException {
        return LogFile.read(text).entries();
    }

    @Test
    void readsTheSeedsEntries() throws MalformedLogException {
        List<LogEntry> entries = entries(SeedLog.text());
        assertEquals(List.of("[10409]", "[10417]", "[10419]", "[10421]", "[10584]", "[10833]"),
                entries.stream().map(LogEntry::id).toList());
        LogEntry put = entries.get(0);
        assertEquals(LogFormat.NUMBERED, put.format());
        assertEquals("2024-12-18T23:42:01.825Z", put.timestamp());
        assertEquals("INFO", put.level());
        assertEquals("test_disk_move_between_instances", put.name());
        assertEquals("dropshot_internal", put.component());
        assertEquals("received new VMM runtime state from sled agent", put.message());
        assertEquals(10, put.fields().size());
        assertEquals("/vmms/1d0ff3f1-e9c1-4443-bd36-efcc4200ab15", put.fields().get("uri"));
        assertEquals(List.of("actor_id", "authenticated"), put.fields().keySet().stream().limit(2).toList());
        assertTrue(entries.get(2).fields().get("error").contains("NO_SUCH_INSTANCE"));
        assertEquals(OptionalInt.empty(), LogFile.outOfOrder(entries));
        assertEquals(List.of(), LogFile.read(SeedLog.text()).otherLines());
    }

    @Test
    void everyFormatReadsTheSeedsSixEntriesWithTheSameMessagesComponentsAndFields() throws MalformedLogException {
        List<LogEntry> seed = entries(SeedLog.text());
        Map<String, LogFormat> formats = Map.of("seed-7282.json-lines.log", LogFormat.BUNYAN_JSON,
                "seed-7282.rendered.log", LogFormat.RENDERED, "seed-7282.one-line.log", LogFormat.ONE_LINE);
        for (Map.Entry<String, LogFormat> f : formats.entrySet()) {
            LogFile.Contents read = LogFile.read(SeedLog.resource(f.getKey()));
            assertEquals(List.of(), read.otherLines(), f.getKey());
            assertEquals(seed.size(), read.entries().size(), f.getKey());
            for (int i = 0; i < seed.size(); i++) {
                LogEntry s = seed.get(i);
                LogEntry e = read.entries().get(i);
                assertEquals(f.getValue(), e.format());
                assertEquals(s.message(), e.message(), f.getKey() + " " + s.id());
                assertEquals(s.component(), e.component(), f.getKey() + " " + s.id());
                assertEquals(s.level(), e.level(), f.getKey() + " " + s.id());
                // Same keys, same order, same values: JSON's true and 1441 read as the text they render as.
                assertEquals(List.copyOf(s.fields().entrySet()), List.copyOf(e.fields().entrySet()), f.getKey() + " " + s.id());
                // No [N]: an entry is numbered by the line it starts on.
                assertEquals(e.line(), e.number());
            }
        }
    }

    @Test
    void theIssuesOwnPasteWithTabsAndIndentedFieldsReadsAsTheSeed() throws MalformedLogException {
        // #7282 as GitHub shows it: tabs around the level, fields indented by four spaces.
        String pasted = SeedLog.text().replaceAll("(?m)^(\\[\\d+] \\S+) INFO ", "$1\tINFO\t")
                .replaceAll("(?m)^(?!\\[)", "    ");
        assertTrue(pasted.contains("23:42:01.825Z\tINFO\ttest_disk_move_between_instances"), pasted);
        assertEquals(entries(SeedLog.text()), entries(pasted));
    }

    @Test
    void proseIsSkippedAndCountedNeverFatal() throws MalformedLogException {
        LogFile.Contents read = LogFile.read("Logs from the failed run:\n```\n[1] t INFO x (c): m\nk = v\n"
                + "This HTTP request completes here:\nk2 = v2\n\n[2] t INFO x (c): n\n```\n");
        assertEquals(List.of("[1]", "[2]"), read.entries().stream().map(LogEntry::id).toList());
        assertEquals(Map.of("k", "v"), read.entries().get(0).fields());
        // Prose ends an entry: the key = value line after it is not the entry's.
        assertEquals(List.of(1, 2, 5, 6, 9), read.otherLines());
    }

    @Test
    void keepsFileOrderAndSaysWhereItIsNotNumberOrder() throws MalformedLogException {
        List<LogEntry> e = entries("[20] t INFO x (c): b\n\n[10] t INFO x (c): a\nk = v\n");
        assertEquals(List.of("[20]", "[10]"), e.stream().map(LogEntry::id).toList());
        assertEquals(OptionalInt.of(1), LogFile.outOfOrder(e));
        assertEquals(3, e.get(1).line());
    }

    @Test
    void renderedHeadersTakeTheRealAgentsComponentAndNoComponent() throws MalformedLogException {
        List<LogEntry> e = entries("06:35:03.181Z INFO SledAgent (dropshot (SledAgent)): request completed\n"
                + "    method = GET\n"
                + "14:36:30.796Z WARN SledAgent: could not reach Nexus, will retry\n"
                + "2025-04-01T23:06:55.042Z DEBG 65a11c18 (ServerContext): client request (a): b\n");
        assertEquals(List.of("dropshot (SledAgent)", "", "ServerContext"), e.stream().map(LogEntry::component).toList());
        assertEquals(List.of("request completed", "could not reach Nexus, will retry", "client request (a): b"),
                e.stream().map(LogEntry::message).toList());
        assertEquals(List.of("SledAgent", "SledAgent", "65a11c18"), e.stream().map(LogEntry::name).toList());
        assertEquals(List.of(1L, 3L, 4L), e.stream().map(LogEntry::number).toList());
    }

    @Test
    void aBunyanRecordsCoreMembersAreNotKeyFieldsAndAnyValueReadsAsText() throws MalformedLogException {
        LogEntry e = entries("{\"msg\":\"request completed\",\"v\":0,\"name\":\"SledAgent\",\"level\":20,"
                + "\"time\":\"2023-05-16T21:41:56.412309824Z\",\"hostname\":\"BRM0\",\"pid\":7,\"method\":\"PUT\","
                + "\"latency_us\":12,\"ok\":false,\"nothing\":null,\"headers\":{\"a\": [1, \"b\"]},"
                + "\"component\":\"dropshot (SledAgent)\",\"response_code\":\"200\"}").get(0);
        assertEquals(LogFormat.BUNYAN_JSON, e.format());
        assertEquals("DEBG", e.level());
        assertEquals("SledAgent", e.name());
        assertEquals("dropshot (SledAgent)", e.component());
        assertEquals("2023-05-16T21:41:56.412309824Z", e.timestamp());
        assertEquals(List.of("method", "latency_us", "ok", "nothing", "headers", "response_code"),
                List.copyOf(e.fields().keySet()));
        assertEquals(List.of("PUT", "12", "false", "null", "{\"a\":[1,\"b\"]}", "200"), List.copyOf(e.fields().values()));
    }

    @Test
    void jsonThatIsNoBunyanRecordIsProse() throws MalformedLogException {
        LogFile.Contents read = LogFile.read("{\"content-type\": \"application/json\"}\n{\"msg\": \"cut off\n"
                + "{not json}\n[1] t INFO x (c): m\n");
        assertEquals(List.of(1, 2, 3), read.otherLines());
    }

    @Test
    void theOneLineFormSplitsOnlyOutsideBracketsAndQuotes() throws MalformedLogException {
        LogEntry e = entries("Apr 11 00:55:45.139 INFO could not reach Nexus, will retry, state: S { a: 1, b: [2, 3] },"
                + " error: \"x, y: z\", note: one, two, component: dropshot").get(0);
        assertEquals(LogFormat.ONE_LINE, e.format());
        assertEquals("Apr 11 00:55:45.139", e.timestamp());
        assertEquals("could not reach Nexus, will retry", e.message());
        assertEquals("dropshot", e.component());
        assertEquals("", e.name());
        assertEquals(Map.of("state", "S { a: 1, b: [2, 3] }", "error", "\"x, y: z\"", "note", "one, two"), e.fields());
    }

    @Test
    void aFileMayMixFormatsEachLineReadAsWhatItLooksLike() throws MalformedLogException {
        List<LogEntry> e = entries("[7] t INFO x (c): a\nk = v\n{\"msg\":\"b\",\"time\":\"t\",\"level\":30}\n"
                + "23:42:01.825Z INFO x (c): c\n    k = w\nDec 18 23:42:01.825 INFO d, k: u\n");
        assertEquals(List.of("[7] a v", "[3] b null", "[4] c w", "[6] d u"),
                e.stream().map(x -> x.id() + " " + x.message() + " " + x.fields().get("k")).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[1] t INFO x (c): m\\n[1] t INFO x (c): n | line 2: entry [1] has the number of the entry that began on line 1",
        "[2] t INFO x (c): m\\n{\"msg\":\"b\",\"time\":\"t\",\"level\":30} | line 2: entry [2] (numbered by its line) has",
        "[1] t INFO x (c): m\\nk = 1\\nk = 2 | line 3: key 'k' given twice in entry [1]",
        "'' | no log entry found in any format sledcheck reads",
        "prose\\n[1] t info x (c): m | no log entry found in any format sledcheck reads ([N] rendered, bunyan JSON lines,"
                + " timestamp-first rendered, one-line rendered); 2 other lines",
        "{\"msg\":\"m\",\"level\":30} | line 1: bunyan record's 'time' is missing, not a string",
        "{\"msg\":\"m\",\"time\":\"t\",\"level\":\"INFO\"} | line 1: bunyan record's 'level' is 'INFO', not an integer",
        "{\"msg\":\"m\",\"time\":\"t\",\"level\":30,\"k\":1,\"k\":2} | line 1: bunyan record gives 'k' twice",
        "Dec 18 23:42:01.825 INFO m, k: 1, k: 2 | line 1: key 'k' given twice in the entry",
    })
    void malformedTextIsOneLineSayingWhere(String text, String message) {
        MalformedLogException e = assertThrows(MalformedLogException.class,
                () -> LogFile.read(text.replace("\\n", "\n")));
        assertTrue(e.getMessage().startsWith(message.strip()), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }
}
