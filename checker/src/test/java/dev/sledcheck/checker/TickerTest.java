package dev.sledcheck.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class TickerTest {

    @Test
    void aMonitorThatWantsProgressHearsWhatTheTallySays() throws InterruptedException {
        List<Monitor.Snapshot> heard = new CopyOnWriteArrayList<>();
        Monitor monitor = new Monitor() {
            @Override
            public boolean wantsProgress() {
                return true;
            }

            @Override
            public void progress(Snapshot now) {
                heard.add(now);
            }
        };
        Tally tally = new Tally();
        tally.newLevel(100, 250, 40);
        tally.expanded.add(10);
        tally.candidates.add(5);
        try (Ticker t = new Ticker(monitor, tally, System.nanoTime(), 10)) {
            for (int i = 0; i < 500 && heard.isEmpty(); i++) {
                Thread.sleep(10);
            }
        }
        assertTrue(!heard.isEmpty());
        Monitor.Snapshot s = heard.get(0);
        assertEquals(105, s.states());
        assertEquals(250, s.transitions());
        assertEquals(40 - 10 + 5, s.queue());
    }

    @Test
    void theStateCountNeverGoesBackWhenALevelSettlesItsDuplicates() {
        Tally tally = new Tally();
        try (Ticker t = new Ticker(Monitor.NONE, tally, System.nanoTime(), 1000)) {
            tally.newLevel(100, 0, 10);
            tally.candidates.add(50); // 50 successors listed, 20 of them found by two threads
            assertEquals(150, t.snapshot().states());
            tally.newLevel(130, 0, 30);
            assertEquals(150, t.snapshot().states(), "not 130: the count stays where it was");
            tally.candidates.add(40); // the last level kept 30 of 50 candidates: about 24 new states
            assertEquals(154, t.snapshot().states());
        }
    }

    @Test
    void candidatesAreScaledByTheShareTheLastLevelKept() {
        Tally tally = new Tally();
        try (Ticker t = new Ticker(Monitor.NONE, tally, System.nanoTime(), 1000)) {
            tally.newLevel(10, 0, 10);
            tally.candidates.add(100);
            assertEquals(110, t.snapshot().states(), "before any level settled, every candidate counts");
            tally.newLevel(60, 0, 50); // 50 of 100 candidates were new
            tally.candidates.add(100);
            assertEquals(110, t.snapshot().states());
        }
    }

    @Test
    void aMonitorThatDoesNotWantProgressGetsNoTimer() throws InterruptedException {
        List<Monitor.Snapshot> heard = new CopyOnWriteArrayList<>();
        Monitor quiet = new Monitor() {
            @Override
            public void progress(Snapshot now) {
                heard.add(now);
            }
        };
        try (Ticker t = new Ticker(quiet, new Tally(), System.nanoTime(), 1)) {
            Thread.sleep(50);
        }
        assertTrue(heard.isEmpty());
    }
}
