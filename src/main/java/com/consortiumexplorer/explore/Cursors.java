package com.consortiumexplorer.explore;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque, stable Relay cursors: the base64 form of the sort key of an item. */
final class Cursors {

    private static final String PREFIX = "id:";

    private Cursors() {}

    static String encode(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The id inside a cursor; a cursor this API did not issue is refused. */
    static String decode(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                return decoded.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the clear message below
        }
        throw new IllegalArgumentException("Not a valid cursor: " + cursor);
    }
}
