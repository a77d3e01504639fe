package com.consortiumexplorer.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a Cypher literal value — a list or map of strings, numbers, booleans, {@code null} and nested lists and
 * maps, as written in the demo script — into Java values, so that a statement can pass it as a parameter.
 * Neo4j plans a statement whose rows arrive as one parameter in milliseconds; the same rows written inline make
 * the planner rewrite an abstract syntax tree of thousands of literals, about half a second per statement.
 */
final class CypherLiteral {

    private final String text;
    private int at;

    private CypherLiteral(String text) {
        this.text = text;
    }

    /**
     * Reads the literal that starts at {@code from}.
     *
     * @return the value (Long, Double, String, Boolean, null, List or Map) and the index just after it
     * @throws IllegalArgumentException when the text there is not a literal of that form
     */
    static Parsed read(String text, int from) {
        CypherLiteral reader = new CypherLiteral(text);
        reader.at = from;
        Object value = reader.value();
        return new Parsed(value, reader.at);
    }

    /** A literal value and the index of the first character after it. */
    record Parsed(Object value, int end) {}

    private Object value() {
        skipSpace();
        char c = peek();
        return switch (c) {
            case '[' -> list();
            case '{' -> map();
            case '\'', '"' -> string();
            default -> c == '-' || Character.isDigit(c) ? number() : word();
        };
    }

    private List<Object> list() {
        expect('[');
        List<Object> values = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            at++;
            return values;
        }
        do {
            values.add(value());
            skipSpace();
        } while (take(','));
        expect(']');
        return values;
    }

    private Map<String, Object> map() {
        expect('{');
        Map<String, Object> values = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            at++;
            return values;
        }
        do {
            skipSpace();
            String key = key();
            skipSpace();
            expect(':');
            values.put(key, value());
            skipSpace();
        } while (take(','));
        expect('}');
        return values;
    }

    private String key() {
        if (peek() == '`') {
            int end = text.indexOf('`', at + 1);
            if (end < 0) {
                throw error("an unclosed `quoted` key");
            }
            String key = text.substring(at + 1, end);
            at = end + 1;
            return key;
        }
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        if (start == at) {
            throw error("a map key");
        }
        return text.substring(start, at);
    }

    private String string() {
        char quote = text.charAt(at++);
        StringBuilder value = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == quote) {
                return value.toString();
            }
            if (c == '\\' && at < text.length()) {
                char escaped = text.charAt(at++);
                value.append(
                        switch (escaped) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            default -> escaped;
                        });
            } else {
                value.append(c);
            }
        }
        throw error("the end of a string");
    }

    private Object number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        boolean decimal = false;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '.' || c == 'e' || c == 'E') {
                decimal = true;
            } else if (!Character.isDigit(c) && !(decimal && (c == '-' || c == '+'))) {
                break;
            }
            at++;
        }
        String number = text.substring(start, at);
        try {
            return decimal ? (Object) Double.parseDouble(number) : (Object) Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw error("a number, not '" + number + "'");
        }
    }

    private Object word() {
        String word = key().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            default -> throw error("a literal value, not '" + word + "'");
        };
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw error("more text");
        }
        return text.charAt(at);
    }

    private boolean take(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        skipSpace();
        if (!take(c)) {
            throw error("'" + c + "'");
        }
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException("Expected " + expected + " at offset " + at + " of a Cypher literal");
    }
}
