package dev.sledcheck.model.omicron.nexus;

import dev.sledcheck.model.omicron.Ids;
import dev.sledcheck.model.omicron.InstanceId;
import dev.sledcheck.model.omicron.VmmId;

/**
 * Nexus's row for one instance.
 *
 * @param gen        the instance runtime's generation (the saga commits at gen + 1)
 * @param active     the active VMM ({@code null}: no VMM, shown to users as Stopped)
 * @param failed     the instance's own state is Failed (set by a saga that unlinked a Failed VMM)
 * @param intended   the user's intended state (#8053); only read when the intent option is on
 * @param locked     the instance-updater lock is held by a saga
 * @param restarted  reincarnation restarted it (omicron's {@code time_last_auto_restarted}; the
 *                   cooldown makes this at most once within the model's horizon)
 * @param stopAsked  ghost: the user asked to stop it. Not in omicron's schema before #8053; the
 *                   model keeps it so that S4 can be judged with intent off
 */
public record InstanceRow(
        InstanceId id, int gen, VmmId active, boolean failed, Intended intended,
        boolean locked, boolean restarted, boolean stopAsked) {

    /** The state a user would see with no active VMM: Failed, or else Stopped. */
    public boolean stoppedCleanly() {
        return active == null && !failed;
    }

    /** This row with its ids passed through {@code f}. */
    public InstanceRow withIds(Ids f) {
        return new InstanceRow(f.instance(id), gen, Ids.vmm(f, active), failed, intended, locked, restarted, stopAsked);
    }

    InstanceRow withLock(boolean l) {
        return new InstanceRow(id, gen, active, failed, intended, l, restarted, stopAsked);
    }

    InstanceRow unlinked(boolean nowFailed) {
        return new InstanceRow(id, gen + 1, null, nowFailed, intended, false, restarted, stopAsked);
    }

    InstanceRow stopRequested(boolean recordIntent) {
        return new InstanceRow(id, gen, active, failed, recordIntent ? Intended.STOPPED : intended,
                locked, restarted, true);
    }

    /** HEAD's separate intent write: intended Stopped, no gen bump, no lock check. */
    InstanceRow intendedStopped() {
        return new InstanceRow(id, gen, active, failed, Intended.STOPPED, locked, restarted, stopAsked);
    }

    InstanceRow clearedFailure() {
        return new InstanceRow(id, gen + 1, active, false, intended, locked, restarted, stopAsked);
    }

    InstanceRow restartedWith(VmmId vmm) {
        return new InstanceRow(id, gen + 1, vmm, false, intended, locked, true, stopAsked);
    }

    @Override
    public String toString() {
        String shown = failed ? "Failed" : active == null ? "Stopped (no VMM)" : "VMM " + active;
        return id + " gen " + gen + " " + shown + (locked ? " [locked]" : "")
                + (restarted ? " [restarted]" : "");
    }
}
