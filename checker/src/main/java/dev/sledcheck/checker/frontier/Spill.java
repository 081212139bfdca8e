package dev.sledcheck.checker.frontier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file that blocks of packed states go to, created on the first block and deleted
 * when the level it holds has been expanded ({@link #close}). Writes from many threads append
 * one after another; reads of written blocks may run on many threads at once.
 */
final class Spill implements AutoCloseable {

    private final Path dir;
    private Path file;
    private FileChannel channel;
    private long end;

    Spill(Path dir) {
        this.dir = dir;
    }

    /** Appends {@code len} bytes of {@code block}; returns where they start. */
    synchronized long write(byte[] block, int len) {
        try {
            if (channel == null) {
                file = Files.createTempFile(dir, "sledcheck-frontier-", ".bin");
                file.toFile().deleteOnExit();
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            }
            long at = end;
            ByteBuffer b = ByteBuffer.wrap(block, 0, len);
            while (b.hasRemaining()) {
                channel.write(b, end + b.position());
            }
            end += len;
            return at;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search's queue to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The {@code len} bytes written at {@code at}. */
    byte[] read(long at, int len) {
        byte[] block = new byte[len];
        ByteBuffer b = ByteBuffer.wrap(block);
        try {
            while (b.hasRemaining()) {
                if (channel.read(b, at + b.position()) < 0) {
                    throw new IOException("the queue's file ended early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search's queue back from " + file + ": " + e.getMessage(), e);
        }
        return block;
    }

    @Override
    public synchronized void close() {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the queue's file " + file, e);
        } finally {
            channel = null;
        }
    }
}
