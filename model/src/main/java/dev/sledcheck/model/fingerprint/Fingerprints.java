package dev.sledcheck.model.fingerprint;

import dev.sledcheck.model.core.Model;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A 64-bit fingerprint of a value, computed from a canonical encoding of it: records by their
 * class name and components, enums by class name and ordinal, boxed primitives and strings by
 * value, lists in order, sets and maps as an order-free sum. Equal values get equal fingerprints
 * as long as records keep their generated {@code equals}.
 *
 * <p>Why not {@code hashCode()}: a record's hash mixes in its enums' identity hashes, which change
 * from one JVM run to the next, and 32 bits are far too few to stand for a state. This encoding
 * depends only on the value, so a fingerprint is the same in every run and on every thread.
 * Anything else (a class with hand-written {@code equals}, an array of objects) is refused with a
 * message rather than guessed at: a model with such states overrides {@link Model#fingerprint}.
 */
public final class Fingerprints {

    private Fingerprints() {}

    private static final long SEED = 0x5EDC_4EC0_0000_0001L;
    private static final long NULL = 0x6A09_E667_F3BC_C908L;
    private static final long LIST = 0xBB67_AE85_84CA_A73BL;
    private static final long SET = 0x3C6E_F372_FE94_F82BL;
    private static final long MAP = 0xA54F_F53A_5F1D_36F1L;
    private static final long STRING = 0x510E_527F_ADE6_82D1L;
    private static final long NUMBER = 0x9B05_688C_2B3E_6C1FL;

    /** The fingerprint of {@code value}; never 0 is not promised (stores remap 0 themselves). */
    public static long of(Object value) {
        return finish(feed(SEED, value));
    }

    /** The fingerprint of {@code value} in a family named by {@code salt} (e.g. a position). */
    public static long of(long salt, Object value) {
        return finish(feed(mix(SEED ^ salt), value));
    }

    /** A strong 64-bit mixer (splitmix64's finaliser): every input bit moves every output bit. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    /** Folds {@code word} into the running hash {@code h}. */
    public static long word(long h, long word) {
        return mix(h + 0x9E37_79B9_7F4A_7C15L) ^ word * 0xC2B2_AE3D_27D4_EB4FL;
    }

    private static long finish(long h) {
        return mix(h);
    }

    /** Folds the canonical encoding of {@code o} into {@code h}. */
    static long feed(long h, Object o) {
        if (o == null) {
            return word(h, NULL);
        }
        if (o instanceof Record) {
            return SHAPES.get(o.getClass()).feed(h, o);
        }
        if (o instanceof Fingerprinted f) {
            return word(h, f.fingerprint());
        }
        if (o instanceof Enum<?> e) {
            return word(word(h, ENUMS.get(e.getDeclaringClass())), e.ordinal());
        }
        if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
            return word(word(h, NUMBER), ((Number) o).longValue());
        }
        if (o instanceof Boolean b) {
            return word(h, b ? 0x2D1L : 0x2D0L);
        }
        if (o instanceof Character c) {
            return word(word(h, STRING), c);
        }
        if (o instanceof String s) {
            return string(h, s);
        }
        if (o instanceof List<?> l) {
            return list(h, l);
        }
        // Sets and maps, sorted or not, as order-free sums: a TreeSet equals a HashSet of the
        // same elements, so their fingerprints must agree too.
        if (o instanceof Collection<?> c) {
            return word(word(h, SET), unordered(c));
        }
        if (o instanceof Map<?, ?> m) {
            return word(word(h, MAP), unordered(m.entrySet()));
        }
        if (o instanceof Map.Entry<?, ?> e) {
            return feed(feed(h, e.getKey()), e.getValue());
        }
        return arrays(h, o);
    }

    private static long list(long h, List<?> l) {
        int n = l.size();
        h = word(h, LIST ^ n);
        if (!(l instanceof RandomAccess)) {
            return ordered(h, l);
        }
        // Lists are usually of one type: remember the last element's encoder.
        Class<?> lastType = null;
        Shape lastShape = null;
        long lastEnum = 0;
        for (int i = 0; i < n; i++) {
            Object x = l.get(i);
            Class<?> t = x == null ? null : x.getClass();
            if (t != null && t == lastType) {
                h = lastShape != null ? lastShape.feed(h, x) : word(word(h, lastEnum), ((Enum<?>) x).ordinal());
            } else if (x instanceof Record) {
                lastType = t;
                lastShape = SHAPES.get(t);
                h = lastShape.feed(h, x);
            } else if (x instanceof Enum<?> e) {
                lastType = t;
                lastShape = null;
                lastEnum = ENUMS.get(e.getDeclaringClass());
                h = word(word(h, lastEnum), e.ordinal());
            } else {
                h = feed(h, x);
            }
        }
        return h;
    }

    private static long ordered(long h, Collection<?> c) {
        h = word(h, c.size());
        for (Object x : c) {
            h = feed(h, x);
        }
        return h;
    }

    /** A sum of the elements' own fingerprints: the same for every iteration order. */
    private static long unordered(Collection<?> c) {
        long sum = c.size();
        for (Object x : c) {
            sum += of(x);
        }
        return sum;
    }

    private static long string(long h, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        h = word(h, STRING ^ b.length);
        for (int i = 0; i < b.length; i += 8) {
            long w = 0;
            for (int k = i; k < Math.min(i + 8, b.length); k++) {
                w = w << 8 | (b[k] & 0xFF);
            }
            h = word(h, w);
        }
        return h;
    }

    private static long arrays(long h, Object o) {
        if (o instanceof int[] a) {
            h = word(h, LIST ^ a.length);
            for (int x : a) {
                h = word(h, x);
            }
            return h;
        }
        if (o instanceof long[] a) {
            h = word(h, LIST ^ a.length);
            for (long x : a) {
                h = word(h, x);
            }
            return h;
        }
        throw new IllegalArgumentException("cannot fingerprint a " + o.getClass().getName()
                + ": states must be records, enums, boxed primitives, strings, lists, sets or maps of them;"
                + " otherwise override Model.fingerprint");
    }

    /** A class's stable identity: its name's hash, not its identity hash. */
    private static long className(Class<?> c) {
        return string(SEED, c.getName());
    }

    private static final ClassValue<Long> ENUMS = new ClassValue<>() {
        @Override
        protected Long computeValue(Class<?> type) {
            return className(type);
        }
    };

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    /**
     * A record class's encoder: one method handle {@code (long h, Object record) -> long} that folds
     * in the class name and then each component. Built once per class from combinators, so that
     * the JVM compiles it as one piece with the accessors inlined (as it does the records' own
     * {@code hashCode}); primitive components are read without boxing, and an enum component's
     * class name is a constant of its declared type.
     */
    private static final class Shape {
        private static final MethodHandle WORD;
        private static final MethodHandle FEED;
        private static final MethodHandle BOOLEAN_WORD;
        private static final MethodHandle ENUM_WORD;
        private static final MethodHandle IS_NULL;
        private static final MethodHandle NULL_WORD;
        /** How deep nested record encoders are inlined into their container's (cycles stop here). */
        private static final int INLINE_DEPTH = 3;
        private static final ThreadLocal<int[]> BUILDING = ThreadLocal.withInitial(() -> new int[1]);

        static {
            MethodHandles.Lookup l = MethodHandles.lookup();
            MethodType longLong = MethodType.methodType(long.class, long.class, long.class);
            try {
                WORD = l.findStatic(Fingerprints.class, "word", longLong);
                FEED = l.findStatic(Fingerprints.class, "feed", MethodType.methodType(long.class, long.class, Object.class));
                BOOLEAN_WORD = l.findStatic(Shape.class, "booleanWord",
                        MethodType.methodType(long.class, long.class, boolean.class));
                ENUM_WORD = l.findStatic(Shape.class, "enumWord",
                        MethodType.methodType(long.class, long.class, long.class, Enum.class));
                IS_NULL = MethodHandles.dropArguments(l.findStatic(java.util.Objects.class, "isNull",
                        MethodType.methodType(boolean.class, Object.class)), 0, long.class);
                NULL_WORD = MethodHandles.dropArguments(MethodHandles.insertArguments(WORD, 1, NULL), 1, Object.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final MethodHandle encoder;

        private Shape(MethodHandle encoder) {
            this.encoder = encoder;
        }

        static long booleanWord(long h, boolean b) {
            return word(h, b ? 0x2D1L : 0x2D0L);
        }

        static long enumWord(long h, long name, Enum<?> e) {
            return e == null ? word(h, NULL) : word(word(h, name), e.ordinal());
        }

        static Shape of(Class<?> type) {
            int[] depth = BUILDING.get();
            depth[0]++;
            try {
                return build(type, depth[0]);
            } finally {
                depth[0]--;
            }
        }

        private static Shape build(Class<?> type, int depth) {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            // (h, o) -> word(h, class name)
            MethodHandle acc = MethodHandles.dropArguments(
                    MethodHandles.insertArguments(WORD, 1, className(type)), 1, Object.class);
            for (RecordComponent c : type.getRecordComponents()) {
                MethodHandle getter = getter(lookup, type, c);
                acc = MethodHandles.foldArguments(
                        MethodHandles.dropArguments(step(type, c, getter, depth), 1, long.class), acc);
            }
            return new Shape(acc.asType(MethodType.methodType(long.class, long.class, Object.class)));
        }

        private static MethodHandle getter(MethodHandles.Lookup lookup, Class<?> type, RecordComponent c) {
            try {
                var accessor = c.getAccessor();
                accessor.setAccessible(true);
                return lookup.unreflect(accessor).asType(MethodType.methodType(c.getType(), Object.class));
            } catch (IllegalAccessException | RuntimeException e) {
                throw new IllegalArgumentException("cannot read the components of " + type.getName()
                        + " (open its package to dev.sledcheck.model, or override Model.fingerprint)", e);
            }
        }

        /** {@code (long h, Object record) -> long}: h with component {@code c} folded in. */
        private static MethodHandle step(Class<?> type, RecordComponent c, MethodHandle getter, int depth) {
            Class<?> t = c.getType();
            if (t == int.class || t == short.class || t == byte.class || t == char.class || t == long.class) {
                return MethodHandles.filterArguments(WORD, 1, getter.asType(MethodType.methodType(long.class, Object.class)));
            }
            if (t == boolean.class) {
                return MethodHandles.filterArguments(BOOLEAN_WORD, 1, getter);
            }
            if (t.isPrimitive()) {
                throw new IllegalArgumentException("cannot fingerprint " + type.getName() + "." + c.getName()
                        + ": floating-point state has no canonical encoding here");
            }
            if (t.isEnum()) {
                MethodHandle named = MethodHandles.insertArguments(ENUM_WORD, 1, ENUMS.get(t));
                return MethodHandles.filterArguments(named, 1, getter.asType(MethodType.methodType(Enum.class, Object.class)));
            }
            MethodHandle value = getter.asType(MethodType.methodType(Object.class, Object.class));
            if (t.isRecord() && t != type && depth < INLINE_DEPTH) {
                // Records are final: a non-null value is exactly of the declared type, so its
                // encoder can be part of this one.
                MethodHandle nested = MethodHandles.guardWithTest(IS_NULL, NULL_WORD, SHAPES.get(t).encoder);
                return MethodHandles.filterArguments(nested, 1, value);
            }
            return MethodHandles.filterArguments(FEED, 1, value);
        }

        long feed(long h, Object o) {
            try {
                return (long) encoder.invokeExact(h, o);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("a record accessor threw", t);
            }
        }
    }
}
