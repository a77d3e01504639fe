package com.consortiumexplorer.explore;

import graphql.schema.DataFetchingEnvironment;
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

    // The schema's defaults, also used when a client passes an explicit null.
    private static final int DEFAULT_FIRST = 10;
    private static final int DEFAULT_DEPTH = 1;
    private static final int DEFAULT_LIMIT = 500;
    private static final int DEFAULT_MAX_LENGTH = 6;

    private final GraphNavigator navigator;

    GraphNavigatorController(GraphNavigator navigator) {
        this.navigator = navigator;
    }

    @QueryMapping
    List<SearchHit> search(@Argument String text, @Argument List<EntityType> types, @Argument Integer first) {
        return navigator.search(text, types, orDefault(first, DEFAULT_FIRST));
    }

    @QueryMapping
    Subgraph neighborhood(
            @Argument String id,
            @Argument Integer depth,
            @Argument List<RelationshipType> relationshipTypes,
            @Argument List<EntityType> nodeTypes,
            @Argument Integer fromYear,
            @Argument Integer toYear,
            @Argument Integer limit,
            DataFetchingEnvironment environment) {
        // Every property and the degree of each reached node are most of what a large neighbourhood costs; a
        // client that asks for neither (ids, names and edges, as a drawing does) gets the outline, and one that asks
        // for no names and no relationship properties either (the ids and the ties) gets only the shape.
        Lookahead graph = Lookahead.of(environment);
        Lookahead nodes = graph.at("nodes");
        Lookahead edges = graph.at("edges");
        GraphNavigator.Detail detail;
        if (nodes.selects("properties") || nodes.selects("degree")) {
            detail = GraphNavigator.Detail.FULL;
        } else if (nodes.selects("name")
                || nodes.selects("nameEn")
                || edges.selects("properties")
                || edges.selects("fromYear")
                || edges.selects("toYear")) {
            detail = GraphNavigator.Detail.OUTLINE;
        } else {
            detail = GraphNavigator.Detail.KEYS;
        }
        return navigator
                .neighborhood(
                        id,
                        orDefault(depth, DEFAULT_DEPTH),
                        relationshipTypes,
                        nodeTypes,
                        fromYear,
                        toYear,
                        orDefault(limit, DEFAULT_LIMIT),
                        detail)
                .orElseThrow(() -> new IllegalArgumentException("No node has the id " + id));
    }

    @QueryMapping
    GraphPath shortestPath(
            @Argument String from,
            @Argument String to,
            @Argument Integer maxLength,
            @Argument List<RelationshipType> relationshipTypes) {
        return navigator
                .shortestPath(from, to, orDefault(maxLength, DEFAULT_MAX_LENGTH), relationshipTypes)
                .orElse(null);
    }

    @SchemaMapping(typeName = "GraphNode")
    List<Property> properties(GraphNode node) {
        return properties(node.properties());
    }

    @SchemaMapping(typeName = "GraphEdge", field = "properties")
    List<Property> edgeProperties(GraphEdge edge) {
        return properties(edge.properties());
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static List<Property> properties(Map<String, Object> properties) {
        return properties.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Property(e.getKey(), PropertyText.of(e.getValue())))
                .toList();
    }
}
