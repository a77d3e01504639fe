package com.consortiumexplorer.explore;

import java.time.LocalDate;
import org.neo4j.driver.Value;

/** Read model of a joint project; amounts in CNY. */
public record ProjectSummary(
        String id,
        String name,
        String nameEn,
        String kind,
        String status,
        LocalDate start,
        LocalDate end,
        Long budget,
        long version) {

    /** The project in a map of its properties, or null for a null value. */
    public static ProjectSummary of(Value map) {
        if (map == null || map.isNull()) {
            return null;
        }
        return new ProjectSummary(
                map.get("id").asString(),
                map.get("name").asString(null),
                map.get("nameEn").asString(null),
                map.get("kind").asString(null),
                map.get("status").asString(null),
                map.get("start").isNull() ? null : map.get("start").asLocalDate(),
                map.get("end").isNull() ? null : map.get("end").asLocalDate(),
                map.get("budget").isNull() ? null : map.get("budget").asLong(),
                map.get("version").asLong(0));
    }
}
