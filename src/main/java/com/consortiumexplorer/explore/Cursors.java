package com.consortiumexplorer.explore;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque, stable Relay cursors: the base64 form of the sort key of an item. A cursor names the order it
 * belongs to, so a cursor of one order is refused by another instead of silently skipping items.
 */
public final class Cursors {

    private static final String ID_ORDER = "id";
    private static final char SEPARATOR = '\n';

    private Cursors() {}

    /** The cursor of an item in id (or code) order. */
    public static String encode(String id) {
        return encode(ID_ORDER, id, null);
    }

    /** The id inside a cursor of the id order; a cursor this API did not issue is refused. */
    public static String decode(String cursor) {
        return decode(ID_ORDER, cursor).id();
    }

    /**
     * The cursor of an item in a keyed order.
     *
     * @param order the name of the order, e.g. {@code NAME_DESC}
     * @param id the item's id, which breaks ties
     * @param key the sort key, a string or a number, or null in id order
     */
    static String encode(String order, String id, Object key) {
        String keyPart = key == null ? "" : (key instanceof Number ? "n" : "s") + key;
        String text = ID_ORDER.equals(order) ? order + ":" + id : order + SEPARATOR + id + SEPARATOR + keyPart;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The key inside a cursor of the given order; a cursor of another order or a forged one is refused. */
    static Key decode(String order, String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(cursor);
        }
        if (ID_ORDER.equals(order)) {
            if (text.startsWith(ID_ORDER + ":")) {
                return new Key(text.substring(ID_ORDER.length() + 1), null);
            }
            throw invalid(cursor);
        }
        String[] parts = text.split(String.valueOf(SEPARATOR), 3);
        if (parts.length != 3 || !parts[0].equals(order) || parts[2].isEmpty()) {
            throw invalid(cursor);
        }
        String keyText = parts[2].substring(1);
        try {
            Object key = parts[2].charAt(0) == 'n' ? (Object) Long.parseLong(keyText) : keyText;
            return new Key(parts[1], key);
        } catch (NumberFormatException e) {
            throw invalid(cursor);
        }
    }

    private static IllegalArgumentException invalid(String cursor) {
        return new IllegalArgumentException("Not a valid cursor for this list and order: " + cursor);
    }

    /** The position a cursor points at: the item's id and its sort key (null in id order). */
    record Key(String id, Object key) {}
}
