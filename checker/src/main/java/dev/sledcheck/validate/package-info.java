/**
 * {@code validate-log} for the omicron model: which entries of omicron's logs sledcheck
 * understands ({@link dev.sledcheck.validate.Event}, recognised by {@link
 * dev.sledcheck.validate.Recognizer}), what each one says about a run of the model ({@link
 * dev.sledcheck.validate.Meanings}), and the verdict per variant ({@link
 * dev.sledcheck.validate.LogCheck}). The matching itself is {@code dev.sledcheck.trace}'s.
 *
 * <p>Recognising is two steps kept apart: what an entry is (its message, and the context that
 * names the event where the message alone does not: component, background task, request line),
 * then the fields that event needs ({@link dev.sledcheck.validate.EventReader}). An entry of no
 * kind is skipped and counted; an entry of a kind whose fields do not read stops the check
 * ({@link dev.sledcheck.validate.UnusableLogException}), as does a log with nothing recognised,
 * because either would otherwise change the verdict without a word.
 *
 * <p>The one place where the log is finer than the model: the watcher logs "sled-agent error
 * indicates that this instance's VMM has failed!" ([10419]), then its own debug line "updating
 * instance state" with the whole SledVmmState it writes, then process_vmm_update's "received new
 * VMM runtime state" ([10421]) just before the write; in the model handling the 404 and writing
 * Failed are one step. Those entries therefore form one group that one step must show all of, in
 * that order, with no other entry between them; each alone is still a step of its own. (The seed
 * quotes no debug line; its numbering skips [10420], between [10419] and [10421].)
 *
 * <p>The wordings read are those of omicron from the seed's commit d337333577c5 to b848b6df85:
 * the messages did not change; the runtimes' Debug output did ({@link
 * dev.sledcheck.validate.EventReader}).
 */
package dev.sledcheck.validate;
