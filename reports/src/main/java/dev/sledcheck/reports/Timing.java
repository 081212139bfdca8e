package dev.sledcheck.reports;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way every format shows wall-clock time ({@code time 2.02 s}; JSON: {@code "seconds" :
 * 2.023}), and the mask that blanks it: two renderings of the same inputs are byte-identical once
 * masked. Tests and golden files rely on this, so a new timing field must use this spelling.
 */
public final class Timing {
    private Timing() {}

    private static final Pattern SHOWN = Pattern.compile("\\btime [0-9]+\\.[0-9]+ s\\b");
    private static final Pattern JSON = Pattern.compile("\"seconds\"(\\s*):(\\s*)[-+0-9.eE]+");

    /** {@code time 2.02 s}. */
    public static String shown(double seconds) {
        return String.format(Locale.ROOT, "time %.2f s", seconds);
    }

    /** {@code rendered} with every timing value replaced by a fixed placeholder. */
    public static String mask(String rendered) {
        String s = SHOWN.matcher(rendered).replaceAll("time #.## s");
        return JSON.matcher(s).replaceAll("\"seconds\"$1:$2\"#\"");
    }
}
