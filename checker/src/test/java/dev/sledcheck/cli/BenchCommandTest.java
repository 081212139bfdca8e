package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scaling table's shape, on sizes that take a moment. */
class BenchCommandTest {

    @Test
    void aRowPerConfigurationInOrderInEveryFormat(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("bench.md");
        Path json = dir.resolve("bench.json");
        Cli r = Cli.run("bench", "--instances", "1", "--passes", "1..2", "--user-stop", "both", "--reduction", "none",
                "--report", "md=" + md, "--report", "json=" + json);
        assertEquals(0, r.exit(), r.err());

        List<String> lines = r.out().lines().toList();
        assertEquals("bench scale", lines.get(0));
        assertTrue(lines.get(1).contains("variants sim-fix,sim-bug, instances 1, passes 1,2, user-stop off,on,"
                + " reductions none"), lines.get(1));
        assertTrue(lines.get(3).matches("variant +instances +passes +user-stop +reduction +outcome +states"
                + " +transitions +seconds +states/s +bytes/state +all-in +vs none +store"), lines.get(3));
        List<String> rows = lines.subList(4, lines.size());
        assertEquals(8, rows.size(), r.out());
        String[] expected = {
            // With a racing user stop even sim-fix breaks S1v and S1i (#6809).
            "sim-fix 1 1 off none SAFE 460", "sim-fix 1 1 on none VIOLATED S1v,S1i,L1", "sim-fix 1 2 off none SAFE 903",
            "sim-fix 1 2 on none VIOLATED S1v,S1i,L1", "sim-bug 1 1 off none VIOLATED", "sim-bug 1 1 on none VIOLATED",
            "sim-bug 1 2 off none VIOLATED", "sim-bug 1 2 on none VIOLATED"};
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i).replaceAll(" +", " ");
            assertTrue(row.startsWith(expected[i]), row);
            assertTrue(row.endsWith(" - 1.00 exact"), "none is its own baseline and small spaces stay exact, with no"
                    + " all-in figure (whole states): " + row);
        }

        String mdText = Files.readString(md, StandardCharsets.UTF_8);
        assertTrue(mdText.startsWith("## bench scale\n"), mdText);
        assertTrue(mdText.contains("| variant | instances | passes | user-stop | reduction | outcome | states |"), mdText);
        assertEquals(8 + 2, mdText.lines().filter(l -> l.startsWith("|")).count(), mdText);

        JsonNode doc = new ObjectMapper().readTree(Files.readString(json, StandardCharsets.UTF_8));
        assertEquals("sledcheck-bench", doc.get("kind").asText());
        assertEquals(8, doc.get("rows").size());
        JsonNode first = doc.get("rows").get(0);
        assertEquals("sim-fix", first.get("variant").asText());
        assertTrue(first.get("instances").isInt() && first.get("passes").isInt(), "counts are numbers: " + first);
        assertTrue(first.get("userStop").isBoolean(), "the user stop is a boolean: " + first);
        assertEquals(460, first.get("states").asLong());
        assertEquals(1.0, first.get("ratioToNone").asDouble());
        assertTrue(first.get("bytesPerState").isNumber());
    }

    @Test
    void everyReductionSettingByDefaultKeepingTheOutcome() {
        // Two instances and no watcher pass: 529 states without reduction, which symmetry and por
        // each cut. With a pass, none alone explores 196,682 states: 20 s on a loaded machine,
        // near bench's 30 s limit a run, past which the row would be INCOMPLETE and the test fail.
        Cli r = Cli.run("bench", "--variant", "sim-fix", "--instances", "2", "--passes", "0", "--user-stop", "off");
        assertEquals(0, r.exit(), r.err());
        List<String> rows = r.out().lines().skip(4).map(l -> l.replaceAll(" +", " ")).toList();
        assertEquals(List.of("none", "gen", "symmetry", "por", "all"),
                rows.stream().map(l -> l.split(" ")[4]).toList(), r.out());
        long none = Long.parseLong(rows.get(0).split(" ")[6]);
        for (String row : rows) {
            assertEquals("SAFE", row.split(" ")[5], row);
            assertTrue(Long.parseLong(row.split(" ")[6]) <= none, "no setting visits more states than none: " + row);
        }
        assertTrue(Long.parseLong(rows.get(4).split(" ")[6]) < Long.parseLong(rows.get(2).split(" ")[6]),
                "all beats symmetry alone");
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        assertEquals(2, Cli.run("bench", "--reduction", "magic").exit());
        assertEquals(2, Cli.run("bench", "--user-stop", "maybe").exit());
        assertEquals(2, Cli.run("bench", "--instances", "two").exit());
        Cli html = Cli.run("bench", "--instances", "1", "--report", "html=x.html");
        assertEquals(2, html.exit());
        assertEquals("sledcheck: bench writes text, md or json, not html", html.err().trim());
    }
}
