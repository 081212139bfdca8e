package dev.sledcheck.cli;

import dev.sledcheck.checker.Stop;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * SIGINT and SIGTERM during a search: the first asks the search to stop ({@link Stop}), so the
 * command prints its result with partial counts, marked INCOMPLETE ("interrupted by SIGINT"),
 * writes the reports it was asked for, and the process exits 130 or 143, as a shell expects of a
 * process a signal ended. A second signal, or one that comes while no search can stop gracefully
 * (explore waiting for a line, say), ends the process at once with the same code.
 *
 * <p>Installed by {@link Main#main} only: commands run in-process by tests never touch a
 * process's signals. Through {@code sun.misc.Signal} (module jdk.unsupported, the one way a Java
 * program handles a signal and carries on), reached reflectively so that the build stays free of
 * its warning, and so that where it is missing the signals simply keep their default.
 */
final class Signals {

    private static volatile boolean graceful;
    private static volatile ExitCode received;

    private Signals() {}

    /** Handles SIGINT and SIGTERM from now on; where the JVM cannot, they keep their default. */
    static void install(PrintWriter err) {
        for (ExitCode code : new ExitCode[] {ExitCode.SIGINT, ExitCode.SIGTERM}) {
            handle(code.name().substring(3), () -> received(code, err));
        }
    }

    /** {@code sun.misc.Signal.handle(new Signal(name), s -> action.run())}; false where that fails. */
    private static boolean handle(String name, Runnable action) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            Object h = Proxy.newProxyInstance(handler.getClassLoader(), new Class<?>[] {handler},
                    (proxy, method, args) -> invoked(proxy, method, args, action));
            Method handle = signal.getMethod("handle", signal, handler);
            handle.invoke(null, signal.getConstructor(String.class).newInstance(name), h);
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Not on this JVM, or the signal is taken (-Xrs, a debugger): its default stays.
            return false;
        }
    }

    private static Object invoked(Object proxy, Method method, Object[] args, Runnable action) {
        switch (method.getName()) {
            case "handle":
                action.run();
                return null;
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            default:
                return "sledcheck's signal handler";
        }
    }

    /** From now on a signal stops the running search and lets the command finish (check, matrix, bench). */
    static void stopSearchesGracefully() {
        graceful = true;
    }

    private static void received(ExitCode code, PrintWriter err) {
        if (graceful && received == null) {
            received = code;
            Stop.request("interrupted by " + code.name());
            return;
        }
        err.println("sledcheck: stopped by " + code.name() + (received == null ? "" : " again") + ", at once");
        err.flush();
        Runtime.getRuntime().halt(code.code());
    }

    /**
     * The command's exit code, unless a signal stopped it: then the signal's, said on {@code err}
     * too (a matrix's table shows INCOMPLETE cells, not why).
     */
    static int exitCode(int commandCode, PrintWriter err) {
        ExitCode r = received;
        if (r == null) {
            return commandCode;
        }
        err.println("sledcheck: interrupted by " + r.name() + ": the search stopped; what it found is above,"
                + " undecided properties INCOMPLETE");
        err.flush();
        return r.code();
    }
}
