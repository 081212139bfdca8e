package dev.sledcheck.checker;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a JVM of its own by {@link HeapGaugeCollectorsTest}: keeps about 4 MiB live while young
 * collections promote it (and no full one has run), then asks a 1 MiB budget whether it is over.
 * Prints the young collections seen and the answer.
 */
public final class HeapGaugeProbe {
    private HeapGaugeProbe() {}

    /** Held so that the live data stays live. */
    static final List<byte[]> LIVE = new ArrayList<>();

    public static void main(String[] args) {
        long sink = 0;
        for (int i = 0; i < 4096; i++) {
            LIVE.add(new byte[1024]);
            for (int g = 0; g < 64; g++) { // garbage, so that young collections run meanwhile
                sink += new byte[1024].length;
            }
        }
        long collections = 0;
        for (GarbageCollectorMXBean c : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections += Math.max(0, c.getCollectionCount());
        }
        System.out.println("collections " + collections + " over " + new HeapGauge(1 << 20).over(0) + " " + (sink > 0));
    }
}
