package com.consortiumexplorer.explore;

import org.neo4j.driver.Value;

/** Read model of a major of the vocational major catalogue; its code is its id. */
public record MajorSummary(String code, String name, String nameEn) {

    /** The global id: the code. */
    public String id() {
        return code;
    }

    /** The major in a map of its properties, or null for a null value. */
    public static MajorSummary of(Value map) {
        return map == null || map.isNull()
                ? null
                : new MajorSummary(
                        map.get("code").asString(),
                        map.get("name").asString(null),
                        map.get("nameEn").asString(null));
    }
}
