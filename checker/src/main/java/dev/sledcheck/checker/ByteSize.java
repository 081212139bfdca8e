package dev.sledcheck.checker;

import java.util.Locale;

/** Bytes as people read them, in powers of 1024 as -Xmx counts: {@code 512 MiB}, {@code 81.6 MiB}, {@code 2 GiB}. */
public final class ByteSize {

    private ByteSize() {}

    public static String of(long bytes) {
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        String number = v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
        return number + " " + units[u];
    }
}
