package dev.sledcheck.checker.frontier;

import dev.sledcheck.model.pack.Bytes;
import dev.sledcheck.model.pack.Packing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * States packed one after another by one thread, into blocks of about a MiB; a full block goes to
 * the {@link Spill} file when the {@link Gauge} says memory is over budget. Once written (a phase
 * of the search later), a run is read by any number of threads, each with its own {@link Reader}.
 * Each state costs its packed bytes and 12 bytes of index (where it starts, how long it is).
 */
public final class PackedRun {

    static final int BLOCK = 1 << 20;
    /** Index bytes a state costs beyond its packed bytes. */
    public static final int INDEX_BYTES = Long.BYTES + Integer.BYTES;

    private final Packing packing;
    private final Gauge gauge;
    private final Spill spill;
    private final Bytes.Out scratch = new Bytes.Out(256);
    /** Per block: its bytes, or null once spilled. */
    private final List<byte[]> blocks = new ArrayList<>();
    /** Per block: where it starts in the spill file, when spilled. */
    private long[] spilledAt = new long[4];
    private int[] blockUsed = new int[4];
    private byte[] current;
    private int used;
    private long[] starts = new long[16];
    private int[] lengths = new int[16];
    private int size;

    PackedRun(Packing packing, Gauge gauge, Spill spill) {
        this.packing = packing;
        this.gauge = gauge;
        this.spill = spill;
    }

    /** Packs {@code state} at the end; returns its packed length. */
    public int add(Object state) {
        scratch.reset();
        packing.write(state, scratch);
        int len = scratch.size();
        if (current == null || used + len > current.length) {
            seal();
            current = new byte[Math.max(BLOCK, len)];
            blocks.add(current);
            gauge.held(current.length);
        }
        System.arraycopy(scratch.array(), 0, current, used, len);
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, 2 * size);
            lengths = Arrays.copyOf(lengths, 2 * size);
        }
        starts[size] = (long) (blocks.size() - 1) << 32 | used;
        lengths[size] = len;
        size++;
        used += len;
        return len;
    }

    /** Ends the current block: it goes to disk if memory is over budget. */
    private void seal() {
        if (current == null) {
            return;
        }
        int b = blocks.size() - 1;
        if (b >= blockUsed.length) {
            blockUsed = Arrays.copyOf(blockUsed, 2 * blockUsed.length);
            spilledAt = Arrays.copyOf(spilledAt, 2 * spilledAt.length);
        }
        blockUsed[b] = used;
        if (gauge.over()) {
            spilledAt[b] = spill.write(current, used);
            blocks.set(b, null);
            gauge.spilled(current.length);
        }
        current = null;
        used = 0;
    }

    /** Ends writing: the last block is sealed (and may go to disk too). */
    public void finish() {
        seal();
    }

    public int size() {
        return size;
    }

    /** The packed length of state {@code k}. */
    public int length(int k) {
        return lengths[k];
    }

    /** Lets the blocks go; the run must not be read again. */
    void release() {
        long held = 0;
        for (byte[] b : blocks) {
            held += b == null ? 0 : b.length;
        }
        gauge.held(-held);
        blocks.clear();
    }

    /** Reads states of this run; keeps the last block it read from disk. One thread. */
    final class Reader {
        private int cachedBlock = -1;
        private byte[] cached;

        Object read(int k) {
            int b = (int) (starts[k] >>> 32);
            int off = (int) starts[k];
            byte[] block = blocks.get(b);
            if (block == null) {
                if (b != cachedBlock) {
                    cached = spill.read(spilledAt[b], blockUsed[b]);
                    cachedBlock = b;
                }
                block = cached;
            }
            return packing.read(new Bytes.In(block, off));
        }
    }
}
