package com.consortiumexplorer;

import java.util.Map;
import org.neo4j.driver.Driver;

/** Plain Cypher for tests that check what the application did against the database itself. */
public final class TestCypher {

    private TestCypher() {}

    /** The single number a counting Cypher query returns. */
    public static long count(Driver driver, String cypher, Map<String, Object> params) {
        return driver.executableQuery(cypher)
                .withParameters(params)
                .execute()
                .records()
                .getFirst()
                .get(0)
                .asLong();
    }
}
