package com.consortiumexplorer.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Every node and relationship of a graph (without the migrations' own chain) as canonical, sorted strings that
 * do not depend on internal ids: two graphs are equal exactly when their snapshots are.
 */
public final class GraphSnapshot {

    private GraphSnapshot() {}

    public static List<String> of(Driver driver) {
        List<String> lines = new ArrayList<>();
        driver.executableQuery("""
                        MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration')
                        RETURN labels(n) AS labels, properties(n) AS props
                        """)
                .execute()
                .records()
                .forEach(r -> lines.add("N "
                        + r.get("labels").asList(Value::asString).stream()
                                .sorted()
                                .toList() + new TreeMap<>(r.get("props").asMap())));
        driver.executableQuery("""
                        MATCH (s)-[r]->(e) WHERE none(l IN labels(s) + labels(e) WHERE l STARTS WITH '__Neo4jMigration')
                        RETURN type(r) AS type, properties(s) AS s, properties(e) AS e, properties(r) AS props
                        """)
                .execute()
                .records()
                .forEach(r -> lines.add("R " + r.get("type").asString()
                        + new TreeMap<>(r.get("s").asMap())
                        + new TreeMap<>(r.get("e").asMap())
                        + new TreeMap<>(r.get("props").asMap())));
        return lines.stream().sorted().toList();
    }
}
