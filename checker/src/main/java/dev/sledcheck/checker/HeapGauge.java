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
 * budget, the answer is no); else at most what the last collection left live (its edens empty,
 * every other pool as it is now); else, once per collection the JVM makes, a full collection of our own, after which the
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

    /**
     * At most what the heap held live when the last collection ended (-1 before the first): each
     * eden as that collection left it (empty), every other pool as it is now. Not each pool's own
     * "usage after the last collection": the parallel and serial collectors' young collections
     * never collect the old generation, and G1's do not report it, so that figure is the last
     * full or mixed collection's however much has been promoted since (HeapGaugeCollectorsTest).
     * The pools' usage now counts garbage too: a figure too high only costs the confirming
     * collection. HotSpot's generational collectors all name their allocation pool an "Eden Space".
     */
    private long afterLastCollection() {
        if (collections() == 0) {
            return -1;
        }
        long sum = 0;
        for (MemoryPoolMXBean p : pools) {
            if (p.getName().contains("Eden")) {
                MemoryUsage u = p.getCollectionUsage();
                sum += u == null ? 0 : u.getUsed();
            } else {
                sum += p.getUsage().getUsed();
            }
        }
        return sum;
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
