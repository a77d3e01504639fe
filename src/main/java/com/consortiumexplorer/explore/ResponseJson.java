package com.consortiumexplorer.explore;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * A GraphQL response written as UTF-8 JSON in one pass over its maps, lists and leaves, with the bytes Jackson writes
 * for them (the same escapes, number texts and nulls), without looking up a serializer for every value. A response
 * holds little else: the engine serializes every leaf to a string, a number or a boolean. A value of any other kind
 * (an object of a JSON scalar, a big decimal, a number that is not finite, a text with a lone surrogate) makes
 * {@link #bytes} answer null, and the caller writes the response with Jackson.
 */
final class ResponseJson {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes();
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    /** For each ASCII character: 0 written as it is, a letter for a short escape, 'u' for a six-character one. */
    private static final byte[] ESCAPES = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = 'u';
        }
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\f'] = 'f';
        ESCAPES['\n'] = 'n';
        ESCAPES['\r'] = 'r';
    }

    /** Thrown on a value this writer leaves to Jackson. */
    private static final class NotPlain extends RuntimeException {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    private static final NotPlain NOT_PLAIN = new NotPlain();

    private byte[] buffer = new byte[8192];
    private int length;

    private ResponseJson() {}

    /** The response as JSON, or null when it holds a value this writer leaves to Jackson. */
    static byte[] bytes(Map<?, ?> response) {
        ResponseJson json = new ResponseJson();
        try {
            json.object(response);
        } catch (NotPlain e) {
            return null;
        }
        return Arrays.copyOf(json.buffer, json.length);
    }

    private void value(Object value) {
        switch (value) {
            case null -> raw(NULL);
            case String text -> string(text);
            case Boolean flag -> raw(flag ? TRUE : FALSE);
            case Integer number -> ascii(Integer.toString(number));
            case Long number -> ascii(Long.toString(number));
            case Short number -> ascii(Short.toString(number));
            case Byte number -> ascii(Byte.toString(number));
            case Double number when Double.isFinite(number) -> ascii(Double.toString(number));
            case Float number when Float.isFinite(number) -> ascii(Float.toString(number));
            case Map<?, ?> map -> object(map);
            case Collection<?> items -> array(items);
            default -> throw NOT_PLAIN;
        }
    }

    private void object(Map<?, ?> map) {
        put((byte) '{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw NOT_PLAIN;
            }
            if (!first) {
                put((byte) ',');
            }
            first = false;
            string(key);
            put((byte) ':');
            value(entry.getValue());
        }
        put((byte) '}');
    }

    private void array(Collection<?> items) {
        put((byte) '[');
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                put((byte) ',');
            }
            first = false;
            value(item);
        }
        put((byte) ']');
    }

    /** A quoted text: ASCII as it is but for the escapes, everything else encoded in UTF-8. */
    private void string(String text) {
        int n = text.length();
        // at most three bytes a character, six for an escaped one, and the quotes
        ensure(n * 6 + 2);
        byte[] out = buffer;
        int at = length;
        out[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                byte escape = ESCAPES[c];
                if (escape == 0) {
                    out[at++] = (byte) c;
                } else {
                    out[at++] = '\\';
                    out[at++] = escape;
                    if (escape == 'u') {
                        out[at++] = '0';
                        out[at++] = '0';
                        out[at++] = HEX[c >> 4];
                        out[at++] = HEX[c & 0xF];
                    }
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | (c >> 6));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xE0 | (c >> 12));
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int code = Character.toCodePoint(c, text.charAt(++i));
                out[at++] = (byte) (0xF0 | (code >> 18));
                out[at++] = (byte) (0x80 | ((code >> 12) & 0x3F));
                out[at++] = (byte) (0x80 | ((code >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (code & 0x3F));
            } else {
                throw NOT_PLAIN;
            }
        }
        out[at++] = '"';
        length = at;
    }

    /** A number's text, which is all ASCII. */
    private void ascii(String text) {
        int n = text.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buffer[length++] = (byte) text.charAt(i);
        }
    }

    private void raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void put(byte b) {
        ensure(1);
        buffer[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
