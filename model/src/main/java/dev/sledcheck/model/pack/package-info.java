/**
 * Packing: a state written as a few bytes and read back equal, so that a search can queue millions
 * of states it has not expanded yet as byte arrays (and spill them to disk) instead of object
 * graphs. Records, enums, boxed primitives, strings and lists pack with no code from the model; a
 * class of another kind (the actor layer's {@code SystemState}) registers a {@link
 * dev.sledcheck.model.pack.Packer}. Bytes never leave the process that wrote them: class numbers
 * are handed out as classes are first met, so they mean nothing to another run.
 */
package dev.sledcheck.model.pack;
