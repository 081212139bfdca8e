package dev.sledcheck.checker.frontier;

import java.util.List;

/**
 * States packed in runs (one run per part of the level that found them), of which some were
 * picked (the ones that discovered their state), in order. The level's own {@link Spill} file,
 * if its runs needed one, goes when the level is released.
 */
final class PackedFrontier<S> implements Frontier<S> {

    private final List<PackedRun> runs;
    private final List<int[]> picked;
    private final Spill spill;
    /** Per run, the states picked in the runs before it. */
    private final int[] before;
    private final int size;

    PackedFrontier(List<PackedRun> runs, List<int[]> picked, Spill spill) {
        this.runs = runs;
        this.picked = picked;
        this.spill = spill;
        this.before = new int[runs.size() + 1];
        for (int r = 0; r < runs.size(); r++) {
            before[r + 1] = before[r] + picked.get(r).length;
        }
        this.size = before[runs.size()];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Cursor<S> cursor(int from) {
        int r = 0;
        while (r < runs.size() && before[r + 1] <= from) {
            r++;
        }
        return new Reading(r, from - before[Math.min(r, runs.size())]);
    }

    @Override
    public void release() {
        runs.forEach(PackedRun::release);
        spill.close();
    }

    private final class Reading implements Cursor<S> {
        private int run;
        private int index;
        private PackedRun.Reader reader;

        Reading(int run, int index) {
            this.run = run;
            this.index = index;
        }

        @Override
        @SuppressWarnings("unchecked")
        public S next() {
            while (index == picked.get(run).length) {
                run++;
                index = 0;
                reader = null;
            }
            if (reader == null) {
                reader = runs.get(run).new Reader();
            }
            return (S) reader.read(picked.get(run)[index++]);
        }
    }
}
