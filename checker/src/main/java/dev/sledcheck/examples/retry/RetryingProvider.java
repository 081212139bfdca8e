package dev.sledcheck.examples.retry;

import dev.sledcheck.examples.ExampleProvider;
import dev.sledcheck.provider.Subject;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --model retrying-client}: {@link Retrying}. */
public final class RetryingProvider extends ExampleProvider<RetryingProvider.Options> {

    /**
     * The most requests or retries: far beyond what a search completes without {@code --dedup}, where
     * every extra copy applied lengthens the server's log (3 requests with 3 retries already reach
     * millions of states).
     */
    static final int MAX = 9;

    /** The model's options. */
    public static final class Options {
        @Option(names = "--requests", paramLabel = "N",
                description = "Requests the client sends, one after another, 1 to " + MAX + " (default 2).")
        int requests = 2;

        @Option(names = "--retries", paramLabel = "N",
                description = "Times at most the client sends a request again when its timer fires first, 0 to " + MAX
                        + " (default 1).")
        int retries = 1;

        @Option(names = "--dedup", description = "The server remembers the ids it applied and skips repeats.")
        boolean dedup;
    }

    public RetryingProvider() {
        super("retrying-client",
                "A client that retries and a server that applies (actors): at most once only with --dedup", Options::new);
    }

    @Override
    public String predictions() {
        return PREDICTIONS;
    }

    /** More requests and retries, without --dedup: each copy applied lengthens the server's log. */
    @Override
    public List<String> benchSizes() {
        return List.of("--requests 2 --retries 1", "--requests 2 --retries 2", "--requests 3 --retries 2");
    }

    @Override
    protected Subject<?, ?> build(Options o) {
        if (o.requests < 1 || o.requests > MAX) {
            throw new IllegalArgumentException("--requests takes 1 to " + MAX + ", not " + o.requests);
        }
        if (o.retries < 0 || o.retries > MAX) {
            throw new IllegalArgumentException("--retries takes 0 to " + MAX + ", not " + o.retries);
        }
        List<String> args = new ArrayList<>(List.of("--requests", String.valueOf(o.requests),
                "--retries", String.valueOf(o.retries)));
        if (o.dedup) {
            args.add("--dedup");
        }
        String bounds = "1 client, " + o.requests + (o.requests == 1 ? " request" : " requests") + ", at most "
                + o.retries + (o.retries == 1 ? " retry" : " retries") + " each; no message lost";
        return titled(Retrying.of(o.requests, o.retries, o.dedup), bounds, args);
    }
}
