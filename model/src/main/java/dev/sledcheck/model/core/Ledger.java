package dev.sledcheck.model.core;

/**
 * The facets a diagram notes beside the steps that change them, and the heading of that column:
 * a model whose state has a shared store names its rows here ("Nexus's rows", the facets named
 * {@code nexus ...}); any other model notes every facet.
 *
 * @param heading what the column is, e.g. {@code Nexus's rows (as they change)}
 * @param prefix  the start of the names of the facets it notes (cut off in the note); empty: all
 */
public record Ledger(String heading, String prefix) {
    /** Every facet, under a plain heading: the default. */
    public static final Ledger EVERY_FACET = new Ledger("the state (as it changes)", "");

    /** Whether the column notes {@code f}. */
    public boolean notes(Facet f) {
        return f.name().startsWith(prefix);
    }

    /** {@code f}'s name as the column shows it, without the prefix. */
    public String name(Facet f) {
        return f.name().substring(prefix.length());
    }
}
