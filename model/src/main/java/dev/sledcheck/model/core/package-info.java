/**
 * The smallest thing the checker explores: a {@link dev.sledcheck.model.core.Model} is initial
 * states, the actions enabled in a state (in a fixed order), the state an action leads to, and
 * named {@link dev.sledcheck.model.core.Property properties}. States must be immutable values
 * with value equality (records), because exploration deduplicates them; a search that keeps only
 * 64-bit {@link dev.sledcheck.model.fingerprint.Fingerprints fingerprints} of states needs them to be
 * the same in every JVM run, which is why they come from a canonical encoding, not hashCode.
 *
 * <p>Nothing here knows about actors, sleds or how a model is explored. Stateright's {@code Model}
 * trait is the example this follows.
 */
package dev.sledcheck.model.core;
