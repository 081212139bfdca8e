package dev.sledcheck.model.pack;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;

/** How {@link Packing} writes and reads one class's values: an enum's, a record's or a registered one's. */
abstract class Layout {

    final int number;

    private Layout(int number) {
        this.number = number;
    }

    abstract void write(Packing packing, Object value, Bytes.Out out);

    abstract Object read(Packing packing, Bytes.In in);

    static Layout of(Class<?> type, int number, Packer<?> packer) {
        if (packer != null) {
            return new Custom(number, packer);
        }
        if (type.isEnum()) {
            return new Constants(number, type.getEnumConstants());
        }
        if (type.isRecord()) {
            return new Components(number, type);
        }
        throw new IllegalArgumentException(Packing.cannot(type));
    }

    private static final class Constants extends Layout {
        private final Object[] constants;

        Constants(int number, Object[] constants) {
            super(number);
            this.constants = constants;
        }

        @Override
        void write(Packing packing, Object value, Bytes.Out out) {
            out.uint(((Enum<?>) value).ordinal());
        }

        @Override
        Object read(Packing packing, Bytes.In in) {
            return constants[in.uint32()];
        }
    }

    /** A record: its components in order, read back through its canonical constructor. */
    private static final class Components extends Layout {
        private final MethodHandle[] getters;
        /** The canonical constructor as {@code (Object[]) -> Object}: invoked exactly, it inlines. */
        private final MethodHandle constructor;

        Components(int number, Class<?> type) {
            super(number);
            RecordComponent[] cs = type.getRecordComponents();
            getters = new MethodHandle[cs.length];
            Class<?>[] types = new Class<?>[cs.length];
            try {
                for (int i = 0; i < cs.length; i++) {
                    var accessor = cs[i].getAccessor();
                    accessor.setAccessible(true);
                    getters[i] = MethodHandles.lookup().unreflect(accessor)
                            .asType(MethodType.methodType(Object.class, Object.class));
                    types[i] = cs[i].getType();
                }
                Constructor<?> c = type.getDeclaredConstructor(types);
                c.setAccessible(true);
                constructor = MethodHandles.lookup().unreflectConstructor(c)
                        .asSpreader(Object[].class, cs.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalArgumentException("cannot pack " + type.getName()
                        + ": its components or canonical constructor are out of reach (" + e + ")", e);
            }
        }

        @Override
        void write(Packing packing, Object value, Bytes.Out out) {
            for (MethodHandle g : getters) {
                Object component;
                try {
                    component = g.invokeExact(value);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable t) {
                    throw new IllegalStateException("a record accessor threw", t);
                }
                packing.write(component, out);
            }
        }

        @Override
        Object read(Packing packing, Bytes.In in) {
            Object[] args = new Object[getters.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = packing.read(in);
            }
            try {
                return (Object) constructor.invokeExact(args);
            } catch (RuntimeException | Error e) {
                throw new IllegalStateException("a record's constructor refused values it once accepted", e);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    private static final class Custom extends Layout {
        private final Packer<Object> packer;

        @SuppressWarnings("unchecked")
        Custom(int number, Packer<?> packer) {
            super(number);
            this.packer = (Packer<Object>) packer;
        }

        @Override
        void write(Packing packing, Object value, Bytes.Out out) {
            packer.write(value, packing, out);
        }

        @Override
        Object read(Packing packing, Bytes.In in) {
            return packer.read(packing, in);
        }
    }
}
