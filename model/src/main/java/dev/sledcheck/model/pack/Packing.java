package dev.sledcheck.model.pack;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes values as bytes and reads them back equal: records by their components, enums by
 * ordinal, boxed primitives and strings by value, lists in order, sets and maps by their entries,
 * and the classes registered with {@link #with} by their {@link Packer}. Each value starts with a
 * tag: a small number for the built-in kinds, or a class's number (handed out as classes are first
 * met, on any thread) for enums, records and registered classes.
 *
 * <p>Why not Java serialization: it writes class descriptors and handles into every stream (a state
 * would cost hundreds of bytes) and needs {@code Serializable}; a state here is a tree of values,
 * so a tag and the components are all it takes (20-60 bytes for omicron's states).
 *
 * <p>Safe for many threads at once; immutable apart from the class numbers.
 */
public final class Packing {

    private static final int NULL = 0;
    private static final int INT = 1;
    private static final int LONG = 2;
    private static final int FALSE = 3;
    private static final int TRUE = 4;
    private static final int STRING = 5;
    private static final int LIST = 6;
    private static final int SHORT = 7;
    private static final int BYTE = 8;
    private static final int CHAR = 9;
    private static final int SET = 10;
    private static final int MAP = 11;
    private static final int INTS = 12;
    private static final int LONGS = 13;
    /** Tags from here on are class numbers. */
    private static final int CLASSES = 16;

    private final Map<Class<?>, Packer<?>> custom;
    private final ClassValue<Layout> layouts = new ClassValue<>() {
        @Override
        protected Layout computeValue(Class<?> type) {
            return register(type);
        }
    };
    /** Layouts by class number: copied on write (classes are few), read without a lock. */
    private volatile Layout[] byNumber = new Layout[0];

    private Packing(Map<Class<?>, Packer<?>> custom) {
        this.custom = Map.copyOf(custom);
    }

    /** Packs records, enums, boxed primitives, strings, lists, sets and maps. */
    public static Packing reflective() {
        return new Packing(Map.of());
    }

    /** This packing, and {@code type}'s values by {@code packer}. */
    public <T> Packing with(Class<T> type, Packer<T> packer) {
        Map<Class<?>, Packer<?>> more = new LinkedHashMap<>(custom);
        more.put(type, packer);
        return new Packing(more);
    }

    /** {@code value}'s bytes, appended to {@code out}. */
    public void write(Object value, Bytes.Out out) {
        if (value == null) {
            out.uint(NULL);
        } else if (value instanceof Integer i) {
            out.uint(INT);
            out.sint(i);
        } else if (value instanceof Boolean b) {
            out.uint(b ? TRUE : FALSE);
        } else if (value instanceof Record || value instanceof Enum<?> || !custom.isEmpty() && custom.containsKey(value.getClass())) {
            // One class-value look-up: an enum constant with a body has a class of its own, which
            // its layout maps to the enum's.
            Layout layout = layouts.get(value.getClass());
            out.uint(CLASSES + layout.number);
            layout.write(this, value, out);
        } else if (value instanceof List<?> l) {
            out.uint(LIST);
            out.uint(l.size());
            for (Object x : l) {
                write(x, out);
            }
        } else {
            writeOther(value, out);
        }
    }

    private void writeOther(Object value, Bytes.Out out) {
        if (value instanceof Long l) {
            out.uint(LONG);
            out.sint(l);
        } else if (value instanceof Short s) {
            out.uint(SHORT);
            out.sint(s);
        } else if (value instanceof Byte b) {
            out.uint(BYTE);
            out.sint(b);
        } else if (value instanceof Character c) {
            out.uint(CHAR);
            out.uint(c);
        } else if (value instanceof String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.uint(STRING);
            out.uint(b.length);
            out.put(b, 0, b.length);
        } else if (value instanceof Collection<?> c) {
            out.uint(SET);
            out.uint(c.size());
            for (Object x : c) {
                write(x, out);
            }
        } else if (value instanceof Map<?, ?> m) {
            out.uint(MAP);
            out.uint(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                write(e.getKey(), out);
                write(e.getValue(), out);
            }
        } else if (value instanceof int[] a) {
            out.uint(INTS);
            out.uint(a.length);
            for (int x : a) {
                out.sint(x);
            }
        } else if (value instanceof long[] a) {
            out.uint(LONGS);
            out.uint(a.length);
            for (long x : a) {
                out.sint(x);
            }
        } else {
            throw new IllegalArgumentException(cannot(value.getClass()));
        }
    }

    /** The value whose bytes start at {@code in}'s position. */
    public Object read(Bytes.In in) {
        int tag = in.uint32();
        switch (tag) {
            case NULL: return null;
            case INT: return (int) in.sint();
            case LONG: return in.sint();
            case FALSE: return Boolean.FALSE;
            case TRUE: return Boolean.TRUE;
            case SHORT: return (short) in.sint();
            case BYTE: return (byte) in.sint();
            case CHAR: return (char) in.uint();
            case STRING: return new String(in.take(in.uint32()), StandardCharsets.UTF_8);
            case LIST: return readList(in);
            case SET: return readSet(in);
            case MAP: return readMap(in);
            case INTS: return readInts(in);
            case LONGS: return readLongs(in);
            default: return layout(tag - CLASSES).read(this, in);
        }
    }

    private List<Object> readList(Bytes.In in) {
        Object[] a = new Object[in.uint32()];
        boolean nulls = false;
        for (int i = 0; i < a.length; i++) {
            a[i] = read(in);
            nulls |= a[i] == null;
        }
        return nulls ? Collections.unmodifiableList(Arrays.asList(a)) : List.of(a);
    }

    private Object readSet(Bytes.In in) {
        int n = in.uint32();
        LinkedHashSet<Object> s = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            s.add(read(in));
        }
        return Collections.unmodifiableSet(s);
    }

    private Object readMap(Bytes.In in) {
        int n = in.uint32();
        LinkedHashMap<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(read(in), read(in));
        }
        return Collections.unmodifiableMap(m);
    }

    private static int[] readInts(Bytes.In in) {
        int[] a = new int[in.uint32()];
        for (int i = 0; i < a.length; i++) {
            a[i] = (int) in.sint();
        }
        return a;
    }

    private static long[] readLongs(Bytes.In in) {
        long[] a = new long[in.uint32()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.sint();
        }
        return a;
    }

    private Layout layout(int number) {
        Layout[] layouts = byNumber;
        Layout layout = number < layouts.length ? layouts[number] : null;
        if (layout == null) {
            throw new IllegalStateException("bytes name class number " + number + ", which this packing never handed out");
        }
        return layout;
    }

    /** Numbers a class on first sight; a race may number it twice, and both numbers then read it. */
    private synchronized Layout register(Class<?> type) {
        Layout[] layouts = byNumber;
        Class<?> own = type.isEnum() || !Enum.class.isAssignableFrom(type) ? type : type.getSuperclass();
        Layout layout = Layout.of(own, layouts.length, custom.get(own));
        Layout[] more = java.util.Arrays.copyOf(layouts, layouts.length + 1);
        more[layouts.length] = layout;
        byNumber = more;
        return layout;
    }

    static String cannot(Class<?> type) {
        return "cannot pack a " + type.getName() + ": states must be records, enums, boxed primitives,"
                + " strings, lists, sets or maps of them, or a class the model registers a Packer for";
    }

    /**
     * Why {@code values} cannot go through this packing, or null when each comes back equal (with
     * the same fingerprint, which follows from equality for states whose fingerprint is computed
     * from their value).
     */
    public String refusal(List<?> values) {
        Bytes.Out out = new Bytes.Out(256);
        for (Object v : values) {
            out.reset();
            try {
                write(v, out);
                if (!Objects.equals(v, read(new Bytes.In(out.array(), 0)))) {
                    return "a " + v.getClass().getName() + " does not come back equal from its bytes";
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                return e.getMessage();
            }
        }
        return null;
    }
}
