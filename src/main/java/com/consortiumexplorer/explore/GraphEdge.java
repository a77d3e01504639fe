package com.consortiumexplorer.explore;

import java.time.LocalDate;
import java.util.Map;

/**
 * A relationship of the graph as the explorer shows it.
 *
 * @param id id of the relationship, unique within one database
 * @param type relationship type
 * @param source id of the node it starts at
 * @param target id of the node it ends at
 * @param direction how it points, seen from the side nearer to where the traversal started
 * @param properties every stored property
 */
public record GraphEdge(
        String id,
        RelationshipType type,
        String source,
        String target,
        Direction direction,
        Map<String, Object> properties) {

    /** Which way an edge points, seen from the side nearer to the start of the traversal. */
    public enum Direction {
        /** Away from the start. */
        OUTGOING,
        /** Towards the start. */
        INCOMING
    }

    /** The first year the relationship exists in: a flow's year, a collaboration's or membership's start. */
    public Integer fromYear() {
        return fromYear(properties);
    }

    /** The last year it exists in: a flow's year, a membership's end; null while it lasts. */
    public Integer toYear() {
        return toYear(properties);
    }

    static Integer fromYear(Map<String, Object> properties) {
        return year(properties.containsKey("year") ? properties.get("year") : properties.get("since"));
    }

    static Integer toYear(Map<String, Object> properties) {
        return year(properties.containsKey("year") ? properties.get("year") : properties.get("until"));
    }

    /** Whether a relationship with these properties exists in some year of the range; open ends are null. */
    static boolean overlaps(Map<String, Object> properties, Integer from, Integer to) {
        Integer start = fromYear(properties);
        Integer end = toYear(properties);
        boolean endsBefore = from != null && end != null && end < from;
        boolean startsAfter = to != null && start != null && start > to;
        return !endsBefore && !startsAfter;
    }

    private static Integer year(Object value) {
        return switch (value) {
            case Number n -> n.intValue();
            case LocalDate d -> d.getYear();
            case null, default -> null;
        };
    }
}
