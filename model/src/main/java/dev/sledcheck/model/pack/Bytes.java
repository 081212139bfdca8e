package dev.sledcheck.model.pack;

import java.util.Arrays;

/** The byte buffers packing writes to and reads from, with variable-length integers. */
public final class Bytes {

    private Bytes() {}

    /** A growing buffer; {@link #reset} reuses it. One thread. */
    public static final class Out {
        private byte[] buf;
        private int size;

        public Out(int capacity) {
            buf = new byte[Math.max(16, capacity)];
        }

        public int size() {
            return size;
        }

        public byte[] array() {
            return buf;
        }

        public void reset() {
            size = 0;
        }

        public byte[] toArray() {
            return Arrays.copyOf(buf, size);
        }

        private void room(int n) {
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(2 * buf.length, size + n));
            }
        }

        public void put(byte[] b, int off, int len) {
            room(len);
            System.arraycopy(b, off, buf, size, len);
            size += len;
        }

        /** An unsigned variable-length integer: 7 bits a byte, small values in one byte. */
        public void uint(long v) {
            room(10);
            while ((v & ~0x7FL) != 0) {
                buf[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[size++] = (byte) v;
        }

        /** A signed one, zig-zag encoded so small negatives stay small too. */
        public void sint(long v) {
            uint(v << 1 ^ v >> 63);
        }
    }

    /** A cursor over bytes written by {@link Out}. One thread. */
    public static final class In {
        private final byte[] buf;
        private int pos;

        public In(byte[] buf, int pos) {
            this.buf = buf;
            this.pos = pos;
        }

        public int position() {
            return pos;
        }

        public long uint() {
            long v = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = buf[pos++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
            }
        }

        public int uint32() {
            return Math.toIntExact(uint());
        }

        public long sint() {
            long v = uint();
            return v >>> 1 ^ -(v & 1);
        }

        public byte[] take(int len) {
            byte[] b = Arrays.copyOfRange(buf, pos, pos + len);
            pos += len;
            return b;
        }
    }
}
