package dev.sledcheck.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/** Runs the command line in-process and keeps what it printed. */
record Cli(int exit, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

    /** Runs with {@code env} as the whole environment (e.g. $GITHUB_STEP_SUMMARY) and nothing on stdin. */
    static Cli runWithEnv(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new BufferedReader(new StringReader("")), false, env,
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

    /** The output without the one wall-clock line, for byte-for-byte comparisons. */
    String outWithoutTime() {
        return out.replaceAll("(?m)^ *time [0-9.]+ s\\R", "");
    }
}
