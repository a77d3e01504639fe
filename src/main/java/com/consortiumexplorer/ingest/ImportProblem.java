package com.consortiumexplorer.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One problem found while validating an import, pointing at the exact place in the input. What is wrong is a
 * {@link Code} with its arguments, which the UI translates (keys {@code import.problem.<CODE>} of the
 * translations); the command line prints the English text, {@link #message()}.
 *
 * @param file the file name (for a JSON import: the JSON file)
 * @param line the 1-based line, 0 when the problem concerns the whole file
 * @param column the 1-based column (the field number in CSV, the character in JSON), 0 when none applies
 * @param code what kind of problem it is
 * @param arguments the values its message names, in the order of the message's placeholders
 */
public record ImportProblem(String file, int line, int column, Code code, List<String> arguments) {

    /** The English texts, read from the same translations the UI uses, so that both say the same. */
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(
            "vaadin-i18n/translations",
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    /** What is wrong with the input. */
    public enum Code {
        /** A file of the upload is neither a node nor a relationship file. */
        UNKNOWN_FILE,
        /** A CSV file has no header row. */
        EMPTY_FILE,
        /** The input is not UTF-8 text. */
        NOT_UTF_8,
        /** A CSV row has another number of fields than the header. */
        FIELD_COUNT,
        /** A CSV header names a column the file does not have. */
        UNKNOWN_COLUMN,
        /** A CSV header names a column twice. */
        DUPLICATE_COLUMN,
        /** A CSV header lacks a required column. */
        MISSING_COLUMN,
        /** A quoted CSV field runs to the end of the file. */
        UNCLOSED_QUOTE,
        /** A required value is empty. */
        REQUIRED,
        /** A value is not one of the allowed ones. */
        NOT_ONE_OF,
        /** A value does not match its pattern. */
        NO_MATCH,
        /** A value is not a whole number. */
        NOT_INTEGER,
        /** A number is out of its range. */
        OUT_OF_RANGE,
        /** A value is neither true nor false. */
        NOT_BOOLEAN,
        /** A value is not a date. */
        NOT_DATE,
        /** A key appears twice in the input. */
        DUPLICATE_KEY,
        /** A key already belongs to a node of another kind. */
        KEY_OF_OTHER_LABEL,
        /** A relationship names a node that exists nowhere. */
        UNKNOWN_ID,
        /** A relationship connects a node of a kind it may not connect. */
        WRONG_ENDPOINT,
        /** A JSON document is not an object. */
        NOT_A_DOCUMENT,
        /** A JSON document's format field is wrong. */
        WRONG_FORMAT,
        /** A JSON document's version is wrong. */
        WRONG_VERSION,
        /** A JSON document lists nodes after relationships. */
        NODES_AFTER_RELATIONSHIPS,
        /** A JSON document has a field it should not have. */
        UNKNOWN_FIELD,
        /** The input is not valid JSON. */
        NOT_JSON,
        /** A JSON array was expected. */
        EXPECTED_ARRAY,
        /** A JSON object was expected. */
        EXPECTED_OBJECT,
        /** A single JSON value was expected. */
        EXPECTED_VALUE,
        /** A JSON node has no label. */
        MISSING_LABEL,
        /** A JSON node has a label that is no kind of node. */
        UNKNOWN_LABEL,
        /** A JSON relationship has no type. */
        MISSING_TYPE,
        /** A JSON relationship has a type that is no kind of relationship. */
        UNKNOWN_TYPE,
        /** A JSON element has a property its kind does not have. */
        UNKNOWN_PROPERTY;

        /** The key of the message in the translations. */
        public String key() {
            return "import.problem." + name();
        }
    }

    /** Keeps the arguments as given. */
    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    /** A problem whose arguments are shown as their text. */
    static ImportProblem of(String file, int line, int column, Code code, Object... arguments) {
        return new ImportProblem(file, line, column, code, texts(arguments));
    }

    /** What is wrong, in English: the stable text of the command line and the HTTP API. */
    @JsonProperty("message")
    public String message() {
        return new MessageFormat(ENGLISH.getString(code.key()), Locale.ROOT).format(arguments.toArray());
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message();
    }

    private static List<String> texts(Object... arguments) {
        return Arrays.stream(arguments).map(String::valueOf).toList();
    }

    /** A value or a file refused while reading it, before it is known where in the input it stands. */
    static final class Invalid extends IllegalArgumentException {
        private final Code code;
        private final List<String> arguments;

        Invalid(Code code, Object... arguments) {
            super(new ImportProblem("", 0, 0, code, texts(arguments)).message());
            this.code = code;
            this.arguments = texts(arguments);
        }

        /** The problem at the given place of the input. */
        ImportProblem at(String file, int line, int column) {
            return new ImportProblem(file, line, column, code, arguments);
        }
    }
}
