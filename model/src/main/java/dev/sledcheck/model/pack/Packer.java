package dev.sledcheck.model.pack;

/**
 * How one class that is not a record is written and read back, in terms of the values it is made
 * of (which the {@link Packing} writes in turn). {@code read} must return a value equal to the one
 * written, with the same fingerprint.
 */
public interface Packer<T> {

    void write(T value, Packing packing, Bytes.Out out);

    T read(Packing packing, Bytes.In in);
}
