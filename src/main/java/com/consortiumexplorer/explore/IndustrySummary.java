package com.consortiumexplorer.explore;

import org.neo4j.driver.Value;

/** Read model of an industry of the national industry classification; its code is its id. */
public record IndustrySummary(String code, String name, String nameEn) {

    /** The global id: the code. */
    public String id() {
        return code;
    }

    /** The industry in a map of its properties, or null for a null value. */
    public static IndustrySummary of(Value map) {
        return map == null || map.isNull()
                ? null
                : new IndustrySummary(
                        map.get("code").asString(),
                        map.get("name").asString(null),
                        map.get("nameEn").asString(null));
    }
}
