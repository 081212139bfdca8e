package dev.sledcheck.reports.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sledcheck.model.run.Run;
import dev.sledcheck.reports.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class SliceTest {

    @Test
    void followsMessagesAndEachActorsPreviousStep() {
        // 5 <- 4 (message), 5 <- 1 (the watcher's previous step), 4 <- 1 (message), 4 <- 3 (the
        // agent's previous step). Step 2, the user's, touches none of them.
        boolean[] keep = Slice.of(Fixtures.race(), 5);
        assertArrayEquals(new boolean[] {false, true, false, true, true, true}, keep);
        assertEquals(4, Slice.count(keep));
    }

    @Test
    void anEarlierTargetKeepsOnlyItsPast() {
        assertArrayEquals(new boolean[] {false, true, false, false, false, false}, Slice.of(Fixtures.race(), 1));
    }

    @Test
    void outOfRangeKeepsNothing() {
        assertEquals(0, Slice.count(Slice.of(new Run(List.of()), 1)));
    }
}
