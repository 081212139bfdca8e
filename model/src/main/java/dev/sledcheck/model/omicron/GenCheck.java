package dev.sledcheck.model.omicron;

/** Nexus's generation check on a VMM write. */
public enum GenCheck {
    /** omicron: write only if stored gen &lt; new gen. Two writers at one gen: the first wins. */
    STRICT {
        @Override
        public boolean admits(int stored, int incoming) {
            return stored < incoming;
        }
    },
    /** Variant: stored gen &lt;= new gen; a tie overwrites. */
    LESS_OR_EQUAL {
        @Override
        public boolean admits(int stored, int incoming) {
            return stored <= incoming;
        }
    },
    /** Variant: no check at all; the last writer wins, stale writes included. */
    NONE {
        @Override
        public boolean admits(int stored, int incoming) {
            return true;
        }
    };

    public abstract boolean admits(int stored, int incoming);
}
