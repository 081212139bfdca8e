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
 * indicates that this instance's VMM has failed!" ([10419]) and then "received new VMM runtime
 * state" for its Failed write ([10421]), but in the model handling the 404 and writing Failed are
 * one step. The two entries therefore form one group that one step must show both of, in that
 * order, with no other entry between them; each alone is still a step of its own.
 */
package dev.sledcheck.validate;
