package com.consortiumexplorer.explore;

import java.util.Collection;
import java.util.stream.Collectors;

/** Shows a stored property value as text: dates in ISO form, lists comma-separated. */
public final class PropertyText {

    private PropertyText() {}

    /** The text of a property value; null stays null. */
    public static String of(Object value) {
        return switch (value) {
            case null -> null;
            case Collection<?> list -> list.stream().map(PropertyText::of).collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }
}
