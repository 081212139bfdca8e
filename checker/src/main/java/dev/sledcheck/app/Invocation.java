package dev.sledcheck.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How the user started sledcheck, as words they can paste back into their shell: every command a
 * run prints ({@code replay: ... replay --schedule ...}) starts with it, so a pasted line runs.
 *
 * <p>The {@code ./sledcheck} script says how it was called (the system property {@value #PROPERTY}:
 * {@code sledcheck} when found on the PATH, else the path it was given). A bare {@code java -jar}
 * gives {@code java -jar PATH}, the jar's path relative to the working directory when it lies
 * inside it. Anything else (tests, an IDE) gives {@code sledcheck}.
 */
public final class Invocation {
    /** The system property the launcher script sets. */
    public static final String PROPERTY = "sledcheck.invoked";

    private static final String COMMAND = find();

    private Invocation() {}

    /** The words that start sledcheck, e.g. {@code ./sledcheck} or {@code java -jar checker/target/sledcheck.jar}. */
    public static String command() {
        return COMMAND;
    }

    /**
     * The command that replays a schedule (to be appended as {@code --schedule '...'}) of the model
     * {@code model} built with {@code args}; the default model goes unnamed, as before models were plug-ins.
     */
    public static String replay(String model, java.util.List<String> args) {
        StringBuilder sb = new StringBuilder(command()).append(" replay");
        if (!model.equals(dev.sledcheck.provider.Providers.DEFAULT)) {
            sb.append(" --model ").append(shellWord(model));
        }
        for (String a : args) {
            sb.append(' ').append(shellWord(a));
        }
        return sb.toString();
    }

    private static String find() {
        String command = System.getProperty("sun.java.command", "");
        String classPath = System.getProperty("java.class.path", "");
        if (System.getProperty(PROPERTY) == null && (command.startsWith(MAIN + " ") || command.equals(MAIN))) {
            // Started by class name (java -cp my-model.jar:sledcheck.jar dev.sledcheck.cli.Main):
            // a replay must see the same class path, or a user's model is not found.
            return "java -cp " + shellWord(classPath) + " " + MAIN;
        }
        return from(System.getProperty(PROPERTY), jar(), Path.of("").toAbsolutePath());
    }

    /** The main class, as {@code java -cp ... MAIN} names it. */
    private static final String MAIN = "dev.sledcheck.cli.Main";

    /** The command, from the launcher's word (or null), the jar this runs from (if any) and the working directory. */
    static String from(String given, Optional<Path> jar, Path cwd) {
        if (given != null && !given.isBlank()) {
            return shellWord(given.strip());
        }
        return jar.map(j -> "java -jar " + shellWord((j.startsWith(cwd) ? cwd.relativize(j) : j).toString()))
                .orElse("sledcheck");
    }

    /** The jar this class was loaded from; empty outside a jar. */
    private static Optional<Path> jar() {
        try {
            var source = Invocation.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code s} quoted for a POSIX shell when it holds anything but safe characters. */
    public static String shellWord(String s) {
        if (s.matches("[A-Za-z0-9_./+:=@%-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
