package dev.sledcheck.reports.bench;

/**
 * A column that says what a row measured, printed before its reduction: omicron's scale scenario
 * keys its rows by variant, instances, passes and user stop, another model's bench by its
 * configuration. The model's words reach the table only through these columns.
 *
 * @param header what the text and Markdown tables print above the column
 * @param field  the field's name in the JSON rows
 * @param kind   how the column's values are typed in JSON, and aligned in text
 */
public record KeyColumn(String header, String field, Kind kind) {

    /** A value's type: text (left-aligned), a whole number (right-aligned), or on/off (a JSON boolean). */
    public enum Kind { TEXT, NUMBER, ON_OFF }

    /** A text column whose JSON field is its header. */
    public static KeyColumn text(String header) {
        return new KeyColumn(header, header, Kind.TEXT);
    }
}
