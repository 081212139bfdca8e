/**
 * Faults of the omicron model ({@code --faults KINDS}, {@code --max-faults K}): what goes wrong in
 * the exchanges between the sled agent and Nexus and inside Nexus, each following what omicron's
 * code does when it happens (docs/model.md's fidelity table cites it). A {@link
 * dev.sledcheck.model.omicron.fault.FaultKind} names which messages in flight a fault may strike;
 * {@link dev.sledcheck.model.omicron.fault.FaultsInOmicron} offers the faults within the budget; the
 * {@link dev.sledcheck.model.omicron.fault.Injector} actor spends the budget and tells the actor
 * that notices the failure, whose handler then does what omicron does. Off by default: a
 * configuration without faults builds the same system as before faults existed.
 */
package dev.sledcheck.model.omicron.fault;
