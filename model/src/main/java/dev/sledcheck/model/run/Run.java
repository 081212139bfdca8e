package dev.sledcheck.model.run;

import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.core.Ledger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A sequence of steps from an initial state: the {@code initial}-th of the model's initial states
 * (0 for a model with one). A schedule names it with a first token {@code init=N} when it is not
 * the first, so every schedule printed before models had several reads as it did.
 *
 * @param actors the model's actors in the order it lists them (diagrams draw lifelines in this
 *               order, the same in every run of the model); empty when the model has none
 * @param ledger which facets a diagram notes where they change, under which heading
 * @param start  the initial state's facets (what step 1 changed is told against them); empty when
 *               unknown
 */
public record Run(int initial, List<String> actors, List<Facet> start, List<Step> steps, Ledger ledger) {

    /** The separator between tokens in a schedule string. */
    public static final String SEPARATOR = ";";

    /** The first token of a schedule that starts from another initial state than the first: {@code init=2}. */
    public static final String INIT = "init=";

    public Run {
        if (initial < 0) {
            throw new IllegalArgumentException("the initial state's index must be >= 0: " + initial);
        }
        actors = List.copyOf(actors);
        start = List.copyOf(start);
        steps = List.copyOf(steps);
    }

    /** A run whose model names no actors and whose initial facets are unknown. */
    public Run(int initial, List<Step> steps) {
        this(initial, List.of(), List.of(), steps);
    }

    /** A run whose diagram notes every facet. */
    public Run(int initial, List<String> actors, List<Facet> start, List<Step> steps) {
        this(initial, actors, start, steps, Ledger.EVERY_FACET);
    }

    /** A run from the model's first initial state. */
    public Run(List<Step> steps) {
        this(0, steps);
    }

    public int length() {
        return steps.size();
    }

    /** The one-line schedule string that {@code replay} accepts. */
    public String schedule() {
        List<String> tokens = new ArrayList<>(steps.size() + 1);
        if (initial != 0) {
            tokens.add(INIT + initial);
        }
        steps.forEach(s -> tokens.add(s.token()));
        return String.join(SEPARATOR, tokens);
    }

    /**
     * Splits a schedule string into the tokens of its steps (blank tokens and surrounding spaces
     * are ignored; a leading {@code init=N} names no step, see {@link #initial(String)}).
     */
    public static List<String> tokens(String schedule) {
        List<String> tokens = java.util.Arrays.stream(schedule.split(SEPARATOR))
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .collect(Collectors.toList());
        if (!tokens.isEmpty() && tokens.get(0).startsWith(INIT)) {
            tokens.remove(0);
        }
        return tokens;
    }

    /**
     * The index of the initial state a schedule starts from: N of a leading {@code init=N}, else 0.
     *
     * @throws IllegalArgumentException if N is not a number >= 0
     */
    public static int initial(String schedule) {
        for (String t : schedule.split(SEPARATOR)) {
            String token = t.trim();
            if (token.isEmpty()) {
                continue;
            }
            if (!token.startsWith(INIT)) {
                return 0;
            }
            String n = token.substring(INIT.length());
            try {
                int index = Integer.parseInt(n);
                if (index >= 0) {
                    return index;
                }
            } catch (NumberFormatException e) {
                // Said below.
            }
            throw new IllegalArgumentException("\"" + token + "\" must name an initial state by its index, as init=0");
        }
        return 0;
    }
}
