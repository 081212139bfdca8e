package dev.sledcheck.provider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The models on the class path, found with {@link ServiceLoader}, in name order (so listings and
 * errors do not depend on the class path's order). Two providers with one name are an error: a
 * user's jar must not silently shadow a built-in model, or the other way round.
 */
public final class Providers {
    /** The model every command runs when {@code --model} is not given. */
    public static final String DEFAULT = "omicron";

    private Providers() {}

    /** Every provider on the class path, by name. */
    public static List<ModelProvider> all() {
        List<ModelProvider> found = new ArrayList<>();
        for (ModelProvider p : ServiceLoader.load(ModelProvider.class)) {
            found.add(p);
        }
        found.sort(Comparator.comparing(ModelProvider::name));
        for (int i = 1; i < found.size(); i++) {
            if (found.get(i).name().equals(found.get(i - 1).name())) {
                throw new IllegalStateException("two models are named '" + found.get(i).name() + "': "
                        + found.get(i - 1).getClass().getName() + " and " + found.get(i).getClass().getName());
            }
        }
        return found;
    }

    public static Optional<ModelProvider> byName(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return all().stream().map(ModelProvider::name).toList();
    }
}
