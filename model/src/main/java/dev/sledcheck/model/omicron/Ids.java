package dev.sledcheck.model.omicron;

/**
 * A function on the instance and VMM ids a value names. {@link Msg#withIds} and the states' own
 * {@code withIds} apply it to every id they hold, so one method serves both the renaming of
 * symmetry and the reading of which instances a message is about: no per-kind chain elsewhere.
 */
public interface Ids {

    InstanceId instance(InstanceId i);

    VmmId vmm(VmmId v);

    /** Applies {@code f} to {@code v}, keeping {@code null} (no VMM) as it is. */
    static VmmId vmm(Ids f, VmmId v) {
        return v == null ? null : f.vmm(v);
    }

    /** Applies {@code f} to {@code i}, keeping {@code null} as it is. */
    static InstanceId instance(Ids f, InstanceId i) {
        return i == null ? null : f.instance(i);
    }
}
