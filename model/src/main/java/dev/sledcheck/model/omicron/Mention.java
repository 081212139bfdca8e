package dev.sledcheck.model.omicron;

import dev.sledcheck.model.fingerprint.Fingerprints;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ids a message names, read through {@link Msg#withIds} (the one place a message says which
 * ids it is about): their kinds ('i' instance, 'v' VMM) and numbers in the order {@code withIds}
 * visits them, and the hash of the message with every id blanked. Symmetry hashes a message into
 * the slices of the instances it mentions; partial-order reduction asks which instance a message
 * is about. Cached per message value: a model has few distinct messages.
 */
public record Mention(char[] kinds, int[] numbers, long blanked) {
    private static final InstanceId BLANK_INSTANCE = new InstanceId(-1);
    private static final VmmId BLANK_VMM = new VmmId(-1);
    private static final Map<Msg, Mention> CACHE = new ConcurrentHashMap<>();

    /** What {@code msg} mentions (cached). */
    public static Mention of(Msg msg) {
        // get first: computeIfAbsent may lock a bin even when the key is there, and every thread
        // of a search asks this for every message of every state.
        Mention m = CACHE.get(msg);
        return m != null ? m : CACHE.computeIfAbsent(msg, Mention::read);
    }

    private static Mention read(Msg msg) {
        StringBuilder kinds = new StringBuilder();
        List<Integer> numbers = new ArrayList<>();
        Msg blanked = msg.withIds(new Ids() {
            @Override
            public InstanceId instance(InstanceId i) {
                kinds.append('i');
                numbers.add(i.n());
                return BLANK_INSTANCE;
            }

            @Override
            public VmmId vmm(VmmId v) {
                kinds.append('v');
                numbers.add(v.n());
                return BLANK_VMM;
            }
        });
        return new Mention(kinds.toString().toCharArray(), numbers.stream().mapToInt(Integer::intValue).toArray(),
                Fingerprints.of(blanked));
    }

    /**
     * The instance the {@code j}-th mention names, itself or through its VMM's owner ({@code owner}
     * maps a VMM number to its instance's); -1 if none.
     */
    public int instance(int j, int[] owner) {
        int n = numbers[j];
        return kinds[j] == 'i' ? n : n < owner.length ? owner[n] : -1;
    }

    /** Whether an earlier mention than the {@code j}-th names instance {@code k} too. */
    public boolean mentionedBefore(int j, int k, int[] owner) {
        for (int q = 0; q < j; q++) {
            if (instance(q, owner) == k) {
                return true;
            }
        }
        return false;
    }

    /** The instance the message is about (its first mention's), or -1 when it names no id. */
    public int instance(int[] owner) {
        return numbers.length == 0 ? -1 : instance(0, owner);
    }

    /** The first VMM the message names, or {@code null} when it names none. */
    public VmmId vmm() {
        for (int j = 0; j < kinds.length; j++) {
            if (kinds[j] == 'v') {
                return new VmmId(numbers[j]);
            }
        }
        return null;
    }
}
