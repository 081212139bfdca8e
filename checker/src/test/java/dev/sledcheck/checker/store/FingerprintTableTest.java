package dev.sledcheck.checker.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class FingerprintTableTest {

    @Test
    void keepsTheLeastClaimPerFingerprint() {
        FingerprintTable t = new FingerprintTable(4);
        t.reserve(3);
        assertTrue(t.offer(42, 7));
        assertFalse(t.offer(42, 9));
        assertFalse(t.offer(42, 3));
        assertTrue(t.offer(0, 5));
        assertEquals(3, t.claim(42));
        assertEquals(5, t.claim(0));
        assertEquals(Visited.NONE, t.claim(43));
        assertEquals(2, t.size());
    }

    @Test
    void growsOnReserveAndKeepsEverything() {
        FingerprintTable t = new FingerprintTable(4);
        SplittableRandom r = new SplittableRandom(1);
        long[] keys = new long[10_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = r.nextLong();
            t.reserve(1);
            t.offer(keys[i], i);
        }
        for (int i = 0; i < keys.length; i++) {
            assertEquals(i, t.claim(keys[i]));
        }
        assertTrue(t.bytes() >= 16L * keys.length / 0.75);
    }

    @Test
    void threadsRacingOnTheSameFingerprintsLeaveTheLeastClaim() throws InterruptedException {
        FingerprintTable t = new FingerprintTable(4);
        int keys = 2_000;
        int threads = 4;
        t.reserve(keys);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> running = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            int offset = k;
            Thread th = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                // Each thread offers every key, with claims that differ per thread; thread 2's are least.
                for (int i = 0; i < keys; i++) {
                    t.offer(1_000_003L * (i + 1), 10L * i + Math.abs(offset - 2));
                }
            });
            th.start();
            running.add(th);
        }
        start.countDown();
        for (Thread th : running) {
            th.join();
        }
        assertEquals(keys, t.size());
        for (int i = 0; i < keys; i++) {
            assertEquals(10L * i, t.claim(1_000_003L * (i + 1)));
        }
    }

    @Test
    void theCollisionBoundIsTheBirthdayBound() {
        assertEquals(0.5, FingerprintVisited.collisionBound(1L << 32), 1e-12);
        assertEquals(1.0, FingerprintVisited.collisionBound(1L << 40));
        assertEquals(0.0, FingerprintVisited.collisionBound(0));
    }
}
