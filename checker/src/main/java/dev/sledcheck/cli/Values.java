package dev.sledcheck.cli;

import dev.sledcheck.reports.output.Echo;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for the plain value types of every option. picocli's own echo the value whole and
 * raw ("'<a megabyte>' is not an int") and a bad path as an exception's text; these quote it
 * through {@link Echo} like every other message.
 */
final class Values {
    private Values() {}

    static void register(CommandLine cl) {
        cl.registerConverter(Integer.class, Values::integer);
        cl.registerConverter(Integer.TYPE, Values::integer);
        cl.registerConverter(Long.class, Values::whole);
        cl.registerConverter(Long.TYPE, Values::whole);
        cl.registerConverter(Double.class, Values::number);
        cl.registerConverter(Double.TYPE, Values::number);
        cl.registerConverter(Path.class, Values::path);
    }

    static Integer integer(String value) {
        long n = whole(value);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw new TypeConversionException(Echo.quote(value) + " is too large");
        }
        return (int) n;
    }

    static Long whole(String value) {
        // ASCII digits only: Long.parseLong would also take other scripts' digits.
        if (!value.matches("[+-]?[0-9]{1,19}")) {
            throw new TypeConversionException(Echo.quote(value) + " is not a whole number");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new TypeConversionException(Echo.quote(value) + " is too large");
        }
    }

    /** A finite decimal: NaN and Infinity are no limits in seconds. */
    static Double number(String value) {
        if (!value.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
            throw new TypeConversionException(Echo.quote(value) + " is not a number");
        }
        double d = Double.parseDouble(value);
        if (Double.isInfinite(d)) {
            throw new TypeConversionException(Echo.quote(value) + " is too large");
        }
        return d;
    }

    static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("bad path " + Echo.quote(value) + ": " + e.getReason());
        }
    }
}
