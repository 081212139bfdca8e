package dev.sledcheck.model.omicron.por;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The subsets proposed for one state, put in the order the search tries them: smaller first (fewer
 * successors), then those of the instance furthest along ({@link Survey#progress}), then in the
 * order they were proposed. Any order is sound; this one keeps the search on one instance until
 * it is done, whatever numbers symmetry gives the instances meanwhile.
 */
final class Candidates {
    private record Candidate(int[] steps, long progress, int proposed) {}

    private final Survey survey;
    private final List<Candidate> all = new ArrayList<>();

    Candidates(Survey survey) {
        this.survey = survey;
    }

    /** Proposes {@code steps} (ascending indices into the enabled steps), all about {@code instance}. */
    void add(int[] steps, int instance) {
        if (steps.length > 0 && steps.length < survey.enabled.size()) {
            all.add(new Candidate(steps, survey.progress(instance), all.size()));
        }
    }

    List<int[]> ordered() {
        all.sort(Comparator.<Candidate>comparingInt(c -> c.steps().length)
                .thenComparing(Comparator.comparingLong(Candidate::progress).reversed())
                .thenComparingInt(Candidate::proposed));
        List<int[]> out = new ArrayList<>(all.size());
        all.forEach(c -> out.add(c.steps()));
        return out;
    }
}
