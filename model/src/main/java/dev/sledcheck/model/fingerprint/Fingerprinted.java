package dev.sledcheck.model.fingerprint;

/**
 * A value that knows its own {@link Fingerprints fingerprint} (computed once and cached, say).
 * {@link Fingerprints} uses it as is, so a model wrapping such states needs no fingerprint code.
 */
public interface Fingerprinted {

    /** Equal values must return equal fingerprints, the same in every JVM run. */
    long fingerprint();
}
