package dev.sledcheck.cli;

import dev.sledcheck.checker.ModelError;
import dev.sledcheck.reports.output.Echo;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code sledcheck} command. */
@Command(name = "sledcheck",
        mixinStandardHelpOptions = true,
        version = "sledcheck 0.1.0",
        description = {
            "A deterministic model checker for omicron #7282: the sled agent removes a destroyed VMM before"
                + " Nexus hears it is Destroyed; the instance watcher gets 404 in that window and writes a"
                + " spurious Failed.",
            "sledcheck explores every interleaving of the actors and says, per property, SAFE (within stated"
                + " bounds), VIOLATED (with the shortest run) or INCOMPLETE (a limit cut the search short).",
            ""},
        subcommands = {CheckCommand.class, MatrixCommand.class, ReplayCommand.class, ExploreCommand.class,
            ValidateLogCommand.class, RenderCommand.class, BenchCommand.class, VariantsCommand.class, ModelsCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Start with:",
            "  sledcheck matrix                    # every variant: predicted vs found",
            "  sledcheck check --variant sim-bug   # the seed's race, step by step",
            "  sledcheck variants                  # what each variant models"})
public final class Main implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where interactive commands (explore) read lines, and whether that is a person's terminal. */
    final BufferedReader in;
    final boolean terminal;

    /** The environment ($GITHUB_STEP_SUMMARY for a bare {@code --report md}); tests give their own. */
    final Map<String, String> env;

    /** The model the command line names (the default when it names none), with its options. */
    ModelChoice model;

    Main(BufferedReader in, boolean terminal, Map<String, String> env) {
        this.in = in;
        this.terminal = terminal;
        this.env = env;
    }

    /** No command: a script that forgot it must fail, not print the usage and pass. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT.code();
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        OutOfMemory.onEveryThread(err);
        Signals.install(err);
        int code = execute(args, new PrintWriter(System.out, true), err);
        System.exit(Signals.exitCode(code, err));
    }

    /** Runs the command line with the given streams (input: this process's); returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
        return execute(args, stdin, System.console() != null, out, err);
    }

    /**
     * Runs the command line with the given streams; returns the exit code. {@code terminal} says
     * whether {@code in} is a person typing (explore then does not echo what it reads).
     */
    public static int execute(String[] args, BufferedReader in, boolean terminal, PrintWriter out, PrintWriter err) {
        return execute(args, in, terminal, System.getenv(), out, err);
    }

    /** As above, with the environment the command sees (tests set $GITHUB_STEP_SUMMARY this way). */
    public static int execute(String[] args, BufferedReader in, boolean terminal, Map<String, String> env,
            PrintWriter out, PrintWriter err) {
        Main main = new Main(in, terminal, env);
        CommandLine cl = new CommandLine(main);
        cl.setOut(out);
        cl.setErr(err);
        Values.register(cl);
        cl.setParameterExceptionHandler((ex, a) -> {
            // One line, naming what is valid; the usage is one --help away.
            CommandLine where = ex.getCommandLine();
            if (!(ex instanceof UnmatchedArgumentException) && !where.getUnmatchedArguments().isEmpty()) {
                // picocli names a missing required option before a misspelt one; the misspelling is the news.
                ex = new UnmatchedArgumentException(where, where.getUnmatchedArguments());
            }
            String what = ex instanceof UnmatchedArgumentException u ? Unmatched.message(u)
                    : Unmatched.helpTopic(ex.getCommandLine().getCommandSpec(), String.valueOf(ex.getMessage()));
            return BadInput.print(ex.getCommandLine().getErr(), what
                    + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof BadInput || ex instanceof IllegalArgumentException) {
                return BadInput.print(c.getErr(), ex.getMessage());
            }
            if (ex instanceof ModelError) {
                return BadInput.print(c.getErr(), "model error: " + ex.getMessage());
            }
            // A bug, in a model (which may throw anything) or in sledcheck: the trace is for its
            // report; the code must not be 1, which CI would read as a property broken.
            c.getErr().println("sledcheck: internal error, nothing decided: " + ex);
            ex.printStackTrace(c.getErr());
            return ExitCode.BAD_INPUT.code();
        });
        try {
            InputFiles.checkAtFiles(List.of(args));
            main.model = ModelChoice.scan(args);
            main.model.install(cl);
            HelpSections.install(cl, main.model);
            return cl.execute(args);
        } catch (BadInput e) {
            return BadInput.print(err, e.getMessage());
        } catch (OutOfMemoryError e) {
            return OutOfMemory.report(err);
        }
    }

    /** A user error found after parsing (a bad schedule, say): one line, exit 2. */
    static final class BadInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }

        /**
         * The one way an error reaches the user: one line on {@code err}, whoever built the message,
         * with echoed input cut and control characters escaped ({@link Echo#line}). Returns 2.
         */
        static int print(PrintWriter err, String message) {
            err.println("sledcheck: " + Echo.line(String.valueOf(message).strip()));
            err.flush();
            return ExitCode.BAD_INPUT.code();
        }
    }
}
