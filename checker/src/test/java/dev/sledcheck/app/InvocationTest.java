package dev.sledcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvocationTest {
    private static final Path CWD = Path.of("/home/u/sledcheck");

    @Test
    void theLaunchersWordWins() {
        assertEquals("./sledcheck", Invocation.from("./sledcheck", Optional.of(CWD.resolve("x.jar")), CWD));
        assertEquals("sledcheck", Invocation.from("sledcheck", Optional.empty(), CWD));
    }

    @Test
    void aJarInsideTheWorkingDirectoryIsNamedRelativeToIt() {
        assertEquals("java -jar checker/target/sledcheck.jar",
                Invocation.from(null, Optional.of(CWD.resolve("checker/target/sledcheck.jar")), CWD));
        assertEquals("java -jar /opt/sledcheck.jar", Invocation.from("", Optional.of(Path.of("/opt/sledcheck.jar")), CWD));
    }

    @Test
    void noJarAndNoLauncherIsTheBareName() {
        assertEquals("sledcheck", Invocation.from(null, Optional.empty(), CWD));
    }

    @Test
    void wordsAShellWouldSplitAreQuoted() {
        assertEquals("'/my tools/sledcheck'", Invocation.from("/my tools/sledcheck", Optional.empty(), CWD));
        assertEquals("java -jar '/it'\\''s/s.jar'", Invocation.from(null, Optional.of(Path.of("/it's/s.jar")), CWD));
    }
}
