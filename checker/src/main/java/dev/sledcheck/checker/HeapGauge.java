package dev.sledcheck.checker;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * The memory budget of a search: how much of the heap its live data may fill before it stops,
 * INCOMPLETE, while there is still room to print and write what it found (the default leaves 15%
 * of the heap for that, see {@link SearchOptions#defaultMaxMemory()}).
 *
 * <p>The used heap counts garbage too, so being over the budget by that measure proves nothing.
 * Three readings, each dearer and rarer than the one before: the used heap (cheap; under the
 * budget, the answer is no); else the heap as the last collection left it (the JVM's own
 * figure); else, once per collection the JVM makes, a full collection of our own, after which the
 * used heap is the live data. So a search near the budget stops only when it really holds that
 * much, and never pays for more than one extra collection per collection of the JVM's.
 */
final class HeapGauge {

    private final long limit;
    private final Runtime runtime = Runtime.getRuntime();
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()).toList();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    /** The JVM's count of collections right after the last collection this gauge asked for. */
    private long confirmedAt = -1;

    /** @param limit bytes of heap the search may fill; 0 for no budget (only the heap's own limit) */
    HeapGauge(long limit) {
        this.limit = limit;
    }

    /** Whether the live heap, plus {@code extra} bytes about to be allocated, is over the budget. Any thread. */
    boolean over(long extra) {
        if (limit == 0 || used() + extra <= limit) {
            return false;
        }
        return confirm(extra);
    }

    private synchronized boolean confirm(long extra) {
        long collections = collections();
        if (collections == confirmedAt) {
            // Our own collection showed the live data under the budget, and none has run since:
            // what the used heap has gained meanwhile may all be garbage. Wait for the JVM's next.
            return false;
        }
        long afterLast = afterLastCollection();
        if (afterLast >= 0 && afterLast + extra <= limit) {
            return false;
        }
        System.gc();
        confirmedAt = collections();
        return used() + extra > limit;
    }

    private long used() {
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The heap the last collection left in use, or -1 before the first collection. */
    private long afterLastCollection() {
        long sum = 0;
        boolean any = false;
        for (MemoryPoolMXBean p : pools) {
            MemoryUsage u = p.getCollectionUsage();
            if (u != null) {
                sum += u.getUsed();
                any |= u.getUsed() > 0;
            }
        }
        return any ? sum : -1;
    }

    private long collections() {
        long n = 0;
        for (GarbageCollectorMXBean c : collectors) {
            n += Math.max(0, c.getCollectionCount());
        }
        return n;
    }

    /** The reason a search stopped by this budget gives: {@code max-memory 81.6 MiB}. */
    String describe() {
        return "max-memory " + ByteSize.of(limit);
    }
}
