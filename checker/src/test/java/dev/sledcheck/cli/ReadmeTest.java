package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's transcripts are true: every {@code $ ./sledcheck ...} it shows runs (in a JVM of its
 * own, as the user would start it, from a scratch directory that sees the repository's files), and
 * every output line it shows under the command is printed, in that order ({@code ...} in a line
 * stands for any text; other printed lines may come in between).
 */
class ReadmeTest {
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    static Path scratch;

    static Stream<Transcript> transcripts() throws IOException {
        return Transcript.parse(Files.readString(REPO.resolve("README.md"))).stream();
    }

    @Test
    void theReadmeShowsTranscripts() throws IOException {
        assertTrue(transcripts().count() >= 5, "the README's transcripts were not found");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void theCommandPrintsWhatTheReadmeShows(Transcript t) throws Exception {
        Path cwd = Files.createTempDirectory(scratch, "cwd");
        for (String shared : List.of("checker", "docs", "README.md")) {
            Files.createSymbolicLink(cwd.resolve(shared), REPO.resolve(shared));
        }
        List<String> jvm = new ArrayList<>(Subprocess.QUICK);
        jvm.add("-D" + dev.sledcheck.app.Invocation.PROPERTY + "=" + t.launcher());
        Subprocess p = Subprocess.startIn(cwd, scratch, jvm, t.args().toArray(String[]::new));
        p.exit();
        t.assertShownIn(p.stdout() + p.stderr(), "the README");
    }
}
