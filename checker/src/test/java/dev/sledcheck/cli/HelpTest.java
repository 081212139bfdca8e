package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.run.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Help a person can read: it fits 80 columns, every paragraph is whole (picocli wraps each element
 * of a description on its own, so a sentence cut across two elements is a hard line break), and the
 * one-line summary in the command list ends at a sentence.
 */
class HelpTest {

    static Stream<String> commands() {
        List<String> names = new ArrayList<>(List.of(""));
        names.addAll(new CommandLine(new Main(null, false, java.util.Map.of())).getSubcommands().keySet());
        names.remove("help");
        return names.stream();
    }

    @ParameterizedTest(name = "sledcheck {0} --help")
    @MethodSource("commands")
    void helpFitsEightyColumnsAndSaysNothingOnStderr(String command) {
        Cli r = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
        assertEquals(0, r.exit());
        assertEquals("", r.err(), "picocli warned");
        for (String line : r.out().split("\n")) {
            assertTrue(line.length() <= 80, "over 80 columns (" + line.length() + "): " + line);
        }
    }

    @ParameterizedTest(name = "sledcheck {0}: whole paragraphs")
    @MethodSource("commands")
    void everyParagraphAndOptionEndsAtASentence(String command) {
        CommandLine root = new CommandLine(new Main(null, false, java.util.Map.of()));
        CommandSpec spec = command.isEmpty() ? root.getCommandSpec() : root.getSubcommands().get(command).getCommandSpec();
        String[] description = spec.usageMessage().description();
        assertTrue(description.length > 0, "no description");
        for (String paragraph : description) {
            assertWhole(paragraph, command + " description");
        }
        for (String line : spec.usageMessage().footer()) {
            if (!line.startsWith("  ")) { // example lines are code, not prose
                assertWhole(line, command + " footer");
            }
        }
        for (OptionSpec o : spec.options()) {
            for (String d : o.description()) {
                assertWhole(d, command + " " + o.longestName());
            }
        }
    }

    @ParameterizedTest(name = "sledcheck {0}: one-line summary")
    @MethodSource("commands")
    void theSummaryIsOneSentence(String command) {
        if (command.isEmpty()) {
            return;
        }
        String summary = new CommandLine(new Main(null, false, java.util.Map.of())).getSubcommands().get(command)
                .getCommandSpec().usageMessage().description()[0];
        assertTrue(summary.matches("[A-Z][^.?]*[.?]"), "the list shows the first element; one sentence: " + summary);
    }

    @org.junit.jupiter.api.Test
    void theListsInHelpAreTheCodesLists() {
        String help = Cli.run("check", "--help").out();
        for (Variant v : Variant.ALL) {
            assertTrue(help.contains("\n" + v.name() + " "), v.name());
        }
        for (Status s : Status.values()) {
            assertTrue(help.contains("\n  " + s.name() + " "), s.name());
        }
        for (ExitCode c : ExitCode.values()) {
            assertTrue(Cli.run("--help").out().contains("\n  " + c.code() + " "), c.name());
        }
        assertEquals(VariantsCommand.list(HelpSections.WIDTH), Cli.run("variants").out());
    }

    private static void assertWhole(String paragraph, String where) {
        String p = paragraph.strip();
        assertTrue(!p.contains("\n"), where + ": a hard line break in: " + p);
        assertTrue(p.isEmpty() || p.matches("(?s).*[.?:)]"), where + ": ends mid-sentence: " + p);
    }
}
