package com.consortiumexplorer.consortium;

import com.consortiumexplorer.explore.TypedNode;
import java.time.LocalDate;
import java.util.List;
import org.neo4j.driver.Value;

/** Read model of a consortium. */
public record ConsortiumSummary(
        String id,
        String name,
        String nameEn,
        String city,
        LocalDate established,
        String status,
        String description,
        long version)
        implements TypedNode {

    /** The stored properties read by {@link #of} besides the id, named as the GraphQL fields that show them. */
    static final List<String> PROPERTIES =
            List.of("name", "nameEn", "city", "established", "status", "description", "version");

    @Override
    public String graphQlTypeName() {
        return "Consortium";
    }

    static ConsortiumSummary of(Value map) {
        if (map == null || map.isNull()) {
            return null;
        }
        return new ConsortiumSummary(
                map.get("id").asString(),
                map.get("name").asString(null),
                map.get("nameEn").asString(null),
                map.get("city").asString(null),
                map.get("established").isNull() ? null : map.get("established").asLocalDate(),
                map.get("status").asString(null),
                map.get("description").asString(null),
                map.get("version").asLong(0));
    }
}
