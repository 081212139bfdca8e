package dev.sledcheck.checker;

import static dev.sledcheck.checker.Checks.check;
import static dev.sledcheck.checker.Checks.withoutSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sledcheck.examples.DieHard;
import dev.sledcheck.examples.TwoPhase;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Two checks of the same model agree on everything but the time taken, runs included. */
class DeterminismTest {

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void repeatedChecksAreEqualApartFromSeconds(Strategy strategy) {
        assertRepeatable(TwoPhase.eagerCommit(4), strategy);
        assertRepeatable(new DieHard(), strategy);
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void resultsDoNotDependOnHashCodes(Strategy strategy) {
        // Different salts scatter the same states differently in any hash table; if the checker ever
        // iterated one where order reaches the output, the results would differ.
        TwoPhase model = TwoPhase.eagerCommit(4);
        assertEquals(withoutSeconds(check(new Salted<>(model, 1), strategy)),
                withoutSeconds(check(new Salted<>(model, 0x7F4A7C15), strategy)));
    }

    private static <S, A> void assertRepeatable(Model<S, A> model, Strategy strategy) {
        assertEquals(withoutSeconds(check(model, strategy)), withoutSeconds(check(model, strategy)));
    }

    /** A state with a hash code scrambled by a salt; equal states still have equal hashes. */
    private record Key<S>(S state, int salt) {
        @Override
        public int hashCode() {
            return (state.hashCode() ^ salt) * 0x9E3779B9;
        }
    }

    /** The wrapped model, with every state wrapped in a salted key. */
    private record Salted<S, A>(Model<S, A> inner, int salt) implements Model<Key<S>, A> {

        @Override
        public List<Key<S>> initialStates() {
            return inner.initialStates().stream().map(s -> new Key<>(s, salt)).toList();
        }

        @Override
        public void actions(Key<S> key, List<A> into) {
            inner.actions(key.state(), into);
        }

        @Override
        public Key<S> next(Key<S> key, A action) {
            return new Key<>(inner.next(key.state(), action), salt);
        }

        @Override
        public List<Property<Key<S>, A>> properties() {
            return inner.properties().stream().map(this::lift).toList();
        }

        private Property<Key<S>, A> lift(Property<S, A> p) {
            if (p instanceof Property.Always<S, A> a) {
                return Property.always(a.name(), a.description(), k -> a.holds().test(k.state()));
            } else if (p instanceof Property.OnStep<S, A> o) {
                return Property.onStep(o.name(), o.description(),
                        (before, action, after) -> o.holds().test(before.state(), action, after.state()));
            } else if (p instanceof Property.AtEnd<S, A> e) {
                return Property.atEnd(e.name(), e.description(), k -> e.holds().test(k.state()));
            }
            Property.Sometimes<S, A> s = (Property.Sometimes<S, A>) p;
            return Property.sometimes(s.name(), s.description(), k -> s.reached().test(k.state()));
        }

        @Override
        public String token(Key<S> key, A action) {
            return inner.token(key.state(), action);
        }

        @Override
        public List<dev.sledcheck.model.core.Facet> facets(Key<S> key) {
            return inner.facets(key.state()); // a salt is no part of what a reader sees
        }

        @Override
        public String actor(Key<S> key, A action) {
            return inner.actor(key.state(), action);
        }

        @Override
        public String describe(Key<S> key, A action) {
            return inner.describe(key.state(), action);
        }

        @Override
        public long fingerprint(Key<S> key) {
            // The salt scrambles hash codes, not what a state is: a fingerprint (a swarm walk's
            // filter hashes it) names the state, as it would without the key.
            return inner.fingerprint(key.state());
        }
    }
}
