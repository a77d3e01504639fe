package com.consortiumexplorer.consortium;

import com.consortiumexplorer.graph.OrganizationBrief;
import com.consortiumexplorer.graph.OrganizationType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The undirected network of connected organizations (a collaboration, a flow either way or a shared program or
 * project), projected into a JGraphT graph for the in-memory algorithms; the whole city or the current members
 * of one consortium.
 */
final class OrganizationNetwork {

    private static final String NODES = """
            MATCH (o:Organization)
            WHERE $consortium IS NULL OR EXISTS {
                MATCH (o)-[m:MEMBER_OF]->(:Consortium {id: $consortium}) WHERE m.until IS NULL }
            RETURN o.id AS id, o.name AS name, o.nameEn AS nameEn, labels(o) AS labels,
                   COLLECT { MATCH (o)-[:OPERATES_IN]->(i:Industry) RETURN i.code } AS industries
            ORDER BY id
            """;

    private static final String EDGES = """
            CALL () {
                MATCH (a:Organization)-[:COLLABORATES_WITH|FUNDS|SUPPLIES_TALENT|TRANSFERS_TECHNOLOGY|SHARES_FACILITY]-(b:Organization)
                WHERE a.id < b.id AND ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
                RETURN a, b
                UNION
                MATCH (a:Organization)-[:PARTICIPATES_IN]->()<-[:PARTICIPATES_IN]-(b:Organization)
                WHERE a.id < b.id AND ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
                RETURN a, b
            }
            RETURN a.id AS a, b.id AS b
            """;

    final Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    final Map<String, OrganizationBrief> organizations = new LinkedHashMap<>();
    final Map<String, List<String>> industries = new HashMap<>();

    private OrganizationNetwork() {}

    static OrganizationNetwork load(Neo4jClient neo4j, String consortiumId) {
        OrganizationNetwork network = new OrganizationNetwork();
        Map<String, Object> scope = new HashMap<>();
        scope.put("consortium", consortiumId);
        for (Map<String, Object> row : neo4j.query(NODES).bindAll(scope).fetch().all()) {
            String id = (String) row.get("id");
            network.organizations.put(
                    id,
                    new OrganizationBrief(
                            id,
                            (String) row.get("name"),
                            (String) row.get("nameEn"),
                            OrganizationType.fromLabels(strings(row.get("labels")))
                                    .orElse(null)));
            network.industries.put(id, strings(row.get("industries")));
            network.graph.addVertex(id);
        }
        Map<String, Object> ids = new HashMap<>();
        ids.put("ids", consortiumId == null ? null : List.copyOf(network.organizations.keySet()));
        for (Map<String, Object> row : neo4j.query(EDGES).bindAll(ids).fetch().all()) {
            String a = (String) row.get("a");
            String b = (String) row.get("b");
            if (network.graph.containsVertex(a) && network.graph.containsVertex(b)) {
                network.graph.addEdge(a, b);
            }
        }
        return network;
    }

    OrganizationType type(String id) {
        return organizations.get(id).type();
    }

    static List<String> strings(Object values) {
        List<String> result = new ArrayList<>();
        if (values instanceof Collection<?> collection) {
            collection.forEach(v -> result.add(String.valueOf(v)));
        }
        return result;
    }
}
