package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A user's model outside the reactor, run through the shaded jar as the guide says: the files of
 * {@code docs/writing-a-model.md} (each code block that starts {@code // file: PATH}) are compiled
 * against {@code target/sledcheck.jar} and packed into a jar of their own; then every {@code $}
 * command the guide shows runs, as a user would run it, and prints the lines the guide shows.
 */
class GuideIT {
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final Path GUIDE = REPO.resolve("docs/writing-a-model.md");
    static final String LAUNCHER = "java -cp lost-update.jar:sledcheck.jar dev.sledcheck.cli.Main";
    private static final Pattern FILE = Pattern.compile("(?s)```[a-z]*\\n// file: (\\S+)\\n(.*?)```");

    @TempDir
    static Path work;

    @BeforeAll
    static void buildTheUsersJar() throws IOException {
        Path jar = Path.of("target/sledcheck.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "the shaded jar is built before integration tests: " + jar);
        Files.copy(jar, work.resolve("sledcheck.jar"));
        Path src = work.resolve("src");
        Path classes = work.resolve("classes");
        List<String> sources = new ArrayList<>();
        Matcher m = FILE.matcher(Files.readString(GUIDE));
        while (m.find()) {
            boolean java = m.group(1).endsWith(".java");
            Path to = (java ? src : classes).resolve(m.group(1));
            Files.createDirectories(to.getParent());
            Files.writeString(to, java ? m.group(2) : m.group(2).strip() + "\n");
            if (java) {
                sources.add(to.toString());
            }
        }
        assertEquals(3, sources.size(), "the guide's three Java files");
        List<String> javac = new ArrayList<>(List.of("-cp", jar.toString(), "-d", classes.toString(), "-Xlint:none"));
        javac.addAll(sources);
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, javac.toArray(String[]::new)),
                "the guide's code compiles");
        try (OutputStream out = Files.newOutputStream(work.resolve("lost-update.jar"));
                JarOutputStream jarOut = new JarOutputStream(out);
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                jarOut.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                jarOut.write(Files.readAllBytes(f));
                jarOut.closeEntry();
            }
        }
    }

    static Stream<Transcript> transcripts() throws IOException {
        return Transcript.parse(Files.readString(GUIDE), LAUNCHER).stream();
    }

    @Test
    void theGuideShowsItsCommands() throws IOException {
        assertTrue(transcripts().count() >= 5, "the guide's transcripts were not found");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void theCommandPrintsWhatTheGuideShows(Transcript t) throws Exception {
        t.assertShownIn(run("", t.args()), "the guide");
    }

    @Test
    void exploreWalksTheUsersModelFromAPipe() throws Exception {
        String out = run("1\n2\n1\n1\npath\nquit\n", List.of("explore", "--model", "lost-update"));
        assertTrue(out.contains("NoLostUpdate"), out);
        assertTrue(out.contains("w0;w1;w0;w1\nreplay it: " + LAUNCHER + " replay --model lost-update --workers 2"
                + " --schedule 'w0;w1;w0;w1'"), out);
    }

    private static final Pattern OUTPUT = Pattern.compile("(?s)```text\\n// output: (\\S+)\\n(.*?)```");

    @Test
    void theLibraryExamplePrintsWhatTheGuideShows() throws Exception {
        Matcher m = OUTPUT.matcher(Files.readString(GUIDE));
        assertTrue(m.find(), "the guide shows the library example's output");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Subprocess.QUICK);
        command.addAll(List.of("-cp", "lost-update.jar:sledcheck.jar", m.group(1)));
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "still running after 60 s");
        assertEquals(m.group(2), out, "the output of " + m.group(1) + ", whole");
    }

    /** Runs the guide's launcher with {@code args} in the work directory, {@code stdin} piped in. */
    private static String run(String stdin, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Subprocess.QUICK);
        command.addAll(List.of("-cp", "lost-update.jar:sledcheck.jar", "dev.sledcheck.cli.Main"));
        command.addAll(args);
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "still running after 60 s");
        return out;
    }
}
