package dev.sledcheck.cli;

import dev.sledcheck.examples.DieHard;
import dev.sledcheck.provider.ModelProvider;
import dev.sledcheck.provider.Subject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Models a test adds to the class path for a moment, as a user's jar adds them: a services file in
 * a directory seen through the thread's context class loader, which {@link java.util.ServiceLoader}
 * reads. Every other test sees the built-in models alone.
 */
final class ExtraModels {
    private ExtraModels() {}

    /** What {@code body} returns when run with {@code providers} registered beside the built-in models. */
    static <T> T with(Path dir, List<Class<? extends ModelProvider>> providers, Supplier<T> body) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try {
            Path services = dir.resolve("META-INF/services/" + ModelProvider.class.getName());
            Files.createDirectories(services.getParent());
            Files.writeString(services, String.join("\n", providers.stream().map(Class::getName).toList()) + "\n");
            try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, before)) {
                thread.setContextClassLoader(loader);
                return body.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** The Die Hard jugs under another name, and no predictions: a model {@code matrix} must refuse. */
    public static class Unpredicted implements ModelProvider {
        @Override
        public String name() {
            return "unpredicted";
        }

        @Override
        public String description() {
            return "the Die Hard jugs under a test's name";
        }

        @Override
        public final Subject<?, ?> subject(Object options) {
            return Subject.of(new DieHard(), name(), "3- and 5-gallon jugs", List.of());
        }
    }

    /**
     * The same jugs with a wrong prediction, in a file beside this class ({@code mispredicted.tsv},
     * found relative to the provider's package as a user's jar would ship it).
     */
    public static final class Mispredicted extends Unpredicted {
        @Override
        public String name() {
            return "mispredicted";
        }

        @Override
        public String predictions() {
            return "mispredicted.tsv";
        }
    }
}
