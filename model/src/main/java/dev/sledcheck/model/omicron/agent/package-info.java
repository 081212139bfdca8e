/**
 * The sled agents: the simulated one (sled-agent/src/sim, one lock over a table of simulated VMMs)
 * and the real one (a runner per VMM observing propolis). Both answer GET and stop, drain queued
 * propolis states one publish at a time, and forget a destroyed VMM before or after publishing it,
 * as the variant's {@link dev.sledcheck.model.omicron.RemovalOrder} says. They never touch Nexus's
 * database: everything they tell Nexus is a message.
 */
package dev.sledcheck.model.omicron.agent;
