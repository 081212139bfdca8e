/**
 * Nexus: its database ({@link dev.sledcheck.model.omicron.nexus.Db}, the system's shared store,
 * with the generation-checked VMM write) and the tasks that read and write it, each an actor whose
 * every step is one database transaction or read: the PUT handler, the instance watcher, the
 * instance-update saga, reincarnation and the user's stop.
 *
 * <p>Invariant: soft-deleted VMM rows are never written; a VMM write lands only if the variant's
 * {@link dev.sledcheck.model.omicron.GenCheck} admits it.
 */
package dev.sledcheck.model.omicron.nexus;
