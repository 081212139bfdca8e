package dev.sledcheck.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --max-memory SIZE}: bytes, or a number with k, m, g or t (powers of 1024, as -Xmx reads
 * them; {@code 512m}, {@code 1.5g}, {@code 2GiB}); 0 for no budget.
 */
final class MemorySize implements ITypeConverter<Long> {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:([kmgt])i?b?)?", Pattern.CASE_INSENSITIVE);

    @Override
    public Long convert(String value) {
        Matcher m = SIZE.matcher(value.trim());
        if (!m.matches()) {
            throw new TypeConversionException("expected a size like 512m or 2g, got '" + value + "'");
        }
        int shift = m.group(2) == null ? 0 : 10 * ("kmgt".indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1);
        double bytes = Double.parseDouble(m.group(1)) * (1L << shift);
        if (bytes >= Long.MAX_VALUE) {
            throw new TypeConversionException("size too large: '" + value + "'");
        }
        return (long) bytes;
    }
}
