/**
 * Fingerprints: 64-bit values that stand for a state where a search keeps fingerprints instead of
 * states, computed from a canonical encoding so they are the same in every JVM run. A model writer
 * rarely meets this package: {@link dev.sledcheck.model.core.Model#fingerprint} has a default built
 * on it; a state that caches its own fingerprint implements {@link
 * dev.sledcheck.model.fingerprint.Fingerprinted}.
 */
package dev.sledcheck.model.fingerprint;
