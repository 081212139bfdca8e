/**
 * The omicron #7282 model: the simulated and real sled agents, Nexus's generation-checked VMM
 * store, the instance watcher, the instance-update saga, reincarnation and the user's stop, as
 * actors of {@link dev.sledcheck.model.actor}. The facts and the granularity (which steps are
 * atomic) come from {@code shared/design/protocol.md}; {@code docs/model.md} lists every step.
 *
 * <p>A {@link dev.sledcheck.model.omicron.Configuration} (scenario + options + variant) builds a
 * system with {@link dev.sledcheck.model.omicron.OmicronModel#build}; a
 * {@link dev.sledcheck.model.omicron.Variant} is a record of policies, so the variant table is
 * data. Nothing here knows how the system is explored.
 */
package dev.sledcheck.model.omicron;
