package dev.sledcheck.model.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default message order compares values, not their text. */
class MessageOrderTest {

    /** Two messages whose text is the same: an order by toString could not tell them apart. */
    record Quiet(int n) {
        @Override
        public String toString() {
            return "quiet";
        }
    }

    @Test
    void comparableMessagesKeepTheirNaturalOrder() {
        Comparator<Object> order = MessageOrder.byValue();
        List<Object> xs = new ArrayList<>(List.of(10, 2, 33));
        xs.sort(order);
        assertEquals(List.of(2, 10, 33), xs, "an order by text would put 10 before 2");
    }

    @Test
    void othersAreOrderedByValueEvenWhenTheirTextIsEqual() {
        Comparator<Object> order = MessageOrder.byValue();
        assertNotEquals(0, order.compare(new Quiet(1), new Quiet(2)));
        assertEquals(0, order.compare(new Quiet(1), new Quiet(1)));
        assertEquals(-Integer.signum(order.compare(new Quiet(1), new Quiet(2))),
                Integer.signum(order.compare(new Quiet(2), new Quiet(1))), "antisymmetric");
    }
}
