package com.consortiumexplorer.explore;

import org.neo4j.driver.Value;

/** Read model of a talent-cultivation program. */
public record ProgramSummary(
        String id,
        String name,
        String nameEn,
        String kind,
        Integer startYear,
        Integer endYear,
        Integer capacity,
        long version) {

    /** The program in a map of its properties, or null for a null value. */
    public static ProgramSummary of(Value map) {
        if (map == null || map.isNull()) {
            return null;
        }
        return new ProgramSummary(
                map.get("id").asString(),
                map.get("name").asString(null),
                map.get("nameEn").asString(null),
                map.get("kind").asString(null),
                map.get("startYear").isNull() ? null : map.get("startYear").asInt(),
                map.get("endYear").isNull() ? null : map.get("endYear").asInt(),
                map.get("capacity").isNull() ? null : map.get("capacity").asInt(),
                map.get("version").asLong(0));
    }
}
