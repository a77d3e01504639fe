package com.consortiumexplorer.explore;

import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** GraphQL queries that walk the graph: search, neighbourhoods and shortest paths. */
@Controller
class GraphNavigatorController {

    /** One stored property as the schema shows it. */
    record Property(String key, String value) {}

    private final GraphNavigator navigator;

    GraphNavigatorController(GraphNavigator navigator) {
        this.navigator = navigator;
    }

    @QueryMapping
    List<SearchHit> search(@Argument String text, @Argument List<EntityType> types, @Argument int first) {
        return navigator.search(text, types, first);
    }

    @QueryMapping
    Subgraph neighborhood(
            @Argument String id,
            @Argument int depth,
            @Argument List<RelationshipType> relationshipTypes,
            @Argument List<EntityType> nodeTypes,
            @Argument Integer fromYear,
            @Argument Integer toYear,
            @Argument int limit) {
        return navigator
                .neighborhood(id, depth, relationshipTypes, nodeTypes, fromYear, toYear, limit)
                .orElseThrow(() -> new IllegalArgumentException("No node has the id " + id));
    }

    @QueryMapping
    GraphPath shortestPath(
            @Argument String from,
            @Argument String to,
            @Argument int maxLength,
            @Argument List<RelationshipType> relationshipTypes) {
        return navigator.shortestPath(from, to, maxLength, relationshipTypes).orElse(null);
    }

    @SchemaMapping(typeName = "GraphNode")
    List<Property> properties(GraphNode node) {
        return properties(node.properties());
    }

    @SchemaMapping(typeName = "GraphEdge", field = "properties")
    List<Property> edgeProperties(GraphEdge edge) {
        return properties(edge.properties());
    }

    private static List<Property> properties(Map<String, Object> properties) {
        return properties.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Property(e.getKey(), PropertyText.of(e.getValue())))
                .toList();
    }
}
