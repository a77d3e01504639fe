package com.consortiumexplorer.ingest;

import com.consortiumexplorer.ingest.ImportProblem.Code;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One column of an import file (and one property of the graph): its name, value type and the rule every value
 * must satisfy. {@link #parse(String)} turns the text of a cell into the value written to Neo4j.
 *
 * @param name the column header and property name
 * @param type the value type
 * @param required whether an empty cell is an error
 * @param allowed the allowed values of an enumeration, empty for any
 * @param min the smallest allowed integer value
 * @param max the largest allowed integer value
 * @param pattern a regular expression text values must match, or {@code null}
 */
public record Column(
        String name, ValueType type, boolean required, List<String> allowed, long min, long max, Pattern pattern) {

    /** The value types of the import format. */
    public enum ValueType {
        /** Any text. */
        TEXT,
        /** A whole number (Neo4j integer). */
        INTEGER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** An ISO date, {@code yyyy-MM-dd} (Neo4j date). */
        DATE
    }

    static Column text(String name) {
        return new Column(name, ValueType.TEXT, false, List.of(), 0, 0, null);
    }

    static Column integer(String name, long min, long max) {
        return new Column(name, ValueType.INTEGER, false, List.of(), min, max, null);
    }

    static Column year(String name) {
        return integer(name, 1900, 2100);
    }

    static Column bool(String name) {
        return new Column(name, ValueType.BOOLEAN, false, List.of(), 0, 0, null);
    }

    static Column date(String name) {
        return new Column(name, ValueType.DATE, false, List.of(), 0, 0, null);
    }

    static Column enumeration(String name, Class<? extends Enum<?>> values) {
        List<String> names =
                Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
        return new Column(name, ValueType.TEXT, false, names, 0, 0, null);
    }

    Column asRequired() {
        return new Column(name, type, true, allowed, min, max, pattern);
    }

    Column matching(String regex) {
        return new Column(name, type, required, allowed, min, max, Pattern.compile(regex));
    }

    /**
     * Parses the text of one cell.
     *
     * @return the value, or {@code null} for an empty optional cell
     * @throws IllegalArgumentException (an {@link ImportProblem.Invalid}) for the import report when the text breaks the rule
     */
    public Object parse(String text) {
        if (text == null || text.isEmpty()) {
            if (required) {
                throw new ImportProblem.Invalid(Code.REQUIRED, name);
            }
            return null;
        }
        return switch (type) {
            case TEXT -> parseText(text);
            case INTEGER -> parseInteger(text);
            case BOOLEAN -> parseBoolean(text);
            case DATE -> parseDate(text);
        };
    }

    /** Formats a value as the text of a cell, the inverse of {@link #parse(String)}. */
    public String format(Object value) {
        return value == null ? "" : value.toString();
    }

    private String parseText(String text) {
        if (!allowed.isEmpty() && !allowed.contains(text)) {
            throw new ImportProblem.Invalid(Code.NOT_ONE_OF, name, String.join(", ", allowed), text);
        }
        if (pattern != null && !pattern.matcher(text).matches()) {
            throw new ImportProblem.Invalid(Code.NO_MATCH, name, pattern.pattern(), text);
        }
        return text;
    }

    private Long parseInteger(String text) {
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new ImportProblem.Invalid(Code.NOT_INTEGER, name, text);
        }
        if (value < min || value > max) {
            throw new ImportProblem.Invalid(Code.OUT_OF_RANGE, name, min, max, value);
        }
        return value;
    }

    private Boolean parseBoolean(String text) {
        return switch (text.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new ImportProblem.Invalid(Code.NOT_BOOLEAN, name, text);
        };
    }

    private LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ImportProblem.Invalid(Code.NOT_DATE, name, text);
        }
    }
}
