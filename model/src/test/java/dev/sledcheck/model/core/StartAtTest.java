package dev.sledcheck.model.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartAtTest {

    /** Counts up to 3; the property breaks at 2. */
    private static final Model<Integer, String> COUNTER = new Model<>() {
        @Override
        public List<Integer> initialStates() {
            return List.of(0);
        }

        @Override
        public void actions(Integer s, List<String> into) {
            if (s < 3) {
                into.add("inc");
            }
        }

        @Override
        public Integer next(Integer s, String a) {
            return s + 1;
        }

        @Override
        public List<Property<Integer, String>> properties() {
            return List.of(Property.always("P", "never 2", s -> s != 2));
        }

        @Override
        public String describe(Integer s, String a) {
            return "from " + s;
        }
    };

    @Test
    void startsWhereToldAndIsOtherwiseTheSameModel() {
        StartAt<Integer, String> m = new StartAt<>(COUNTER, 2);
        assertEquals(List.of(2), m.initialStates());
        List<String> actions = new ArrayList<>();
        m.actions(2, actions);
        assertEquals(List.of("inc"), actions);
        assertEquals(3, m.next(2, "inc"));
        assertEquals(List.of("P"), m.properties().stream().map(Property::name).toList());
        assertEquals("from 2", m.describe(2, "inc"));
        assertEquals("inc", m.token(2, "inc"));
    }
}
