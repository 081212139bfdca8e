package dev.sledcheck.stress.lincheck;

import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.stress.races.Race;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Lincheck said about a race, as the verify run records it for the agreement step in
 * {@code target/lincheck/<RACE>.txt}: a first line
 * {@code verdict<TAB>broken<TAB>s1v<TAB>invocations<TAB>seconds}, then Lincheck's report (the
 * interleaving and the history) of the run that shows the spurious Failed, or else of the one
 * that judged S1v-S4.
 *
 * @param verdict     the run judging S1v-S4: {@code VIOLATED}, or {@code NONE_FOUND} within
 *                    {@code invocations} interleavings
 * @param broken      the properties that run's failing interleaving broke
 * @param s1v         the run judging S1v alone: {@code VIOLATED}, {@code NONE_FOUND}, or
 *                    {@code NOT_ASKED} (asked only where the checker finds S1v broken)
 * @param seconds     both runs together
 */
public record LincheckVerdict(Race race, String verdict, List<OmicronProperty> broken, String s1v, int invocations,
                              double seconds, String report) {

    public static final Path DIR = Path.of("target", "lincheck");
    public static final String VIOLATED = "VIOLATED";
    public static final String NONE_FOUND = "NONE_FOUND";
    public static final String NOT_ASKED = "NOT_ASKED";

    private static final Pattern BROKEN = Pattern.compile("IllegalStateException: ((?:S[1-4][vi]? ?)+) broken on the threaded runtime");

    public LincheckVerdict {
        broken = List.copyOf(broken);
    }

    /** The seconds since {@code t0}, a {@link System#nanoTime()} reading. */
    static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The properties the validation message in a Lincheck report names as broken. */
    static List<OmicronProperty> brokenIn(String report) {
        List<OmicronProperty> broken = new ArrayList<>();
        Matcher m = BROKEN.matcher(report);
        if (m.find()) {
            for (String p : m.group(1).trim().split(" ")) {
                broken.add(OmicronProperty.valueOf(p));
            }
        }
        return broken;
    }

    void write() {
        try {
            Files.createDirectories(DIR);
            List<String> names = broken.stream().map(Enum::name).toList();
            String head = verdict + "\t" + String.join(" ", names) + "\t" + s1v + "\t" + invocations + "\t"
                    + String.format(Locale.ROOT, "%.2f", seconds);
            Files.writeString(DIR.resolve(race.name() + ".txt"), head + "\n" + report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded verdict of {@code race} in {@code dir}, or {@code null} if Lincheck did not run it. */
    public static LincheckVerdict read(Race race, Path dir) {
        Path file = dir.resolve(race.name() + ".txt");
        if (!Files.exists(file)) {
            return null;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            String[] f = (nl < 0 ? text : text.substring(0, nl)).split("\t", -1);
            List<OmicronProperty> broken = new ArrayList<>();
            for (String p : f[1].isBlank() ? new String[0] : f[1].trim().split(" ")) {
                broken.add(OmicronProperty.valueOf(p));
            }
            return new LincheckVerdict(race, f[0], broken, f[2], Integer.parseInt(f[3]),
                    Double.parseDouble(f[4]), nl < 0 ? "" : text.substring(nl + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
