package dev.sledcheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed. */
record Cli(int exit, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

    /** The output without the one wall-clock line, for byte-for-byte comparisons. */
    String outWithoutTime() {
        return out.replaceAll("(?m)^ *time [0-9.]+ s\\R", "");
    }
}
