package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.ExplorerIntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.execution.GraphQlSource;

/** {@code search}, {@code neighborhood} and {@code shortestPath} over HTTP. */
@ExplorerIntegrationTest
class GraphNavigatorGraphQlIT {

    @LocalServerPort
    int port;

    @Autowired
    GraphQlSource graphQlSource;

    private HttpSyncGraphQlClient graphql;

    @BeforeEach
    void client() {
        graphql = GraphQlTestClients.http(port);
    }

    private ClientGraphQlResponse run(String operation, Map<String, Object> variables) {
        return graphql.documentName("exploreGraph")
                .operationName(operation)
                .variables(variables)
                .executeSync();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(ClientGraphQlResponse response, String path) {
        return response.field(path).toEntityList(Map.class).stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void queriesRunWithTheShortWayForObjectsOfLeaves() {
        assertThat(graphQlSource.graphQl().getQueryStrategy()).isInstanceOf(LeafObjects.class);
    }

    @Test
    void searchReturnsRankedEntitiesOfTheAskedTypes() {
        ClientGraphQlResponse response = run("search", Map.of("text", "battery", "types", List.of("ENTERPRISE")));
        assertThat(response.getErrors()).isEmpty();
        List<Map<String, Object>> entities = list(response, "search").stream()
                .map(hit -> map(hit.get("entity")))
                .toList();
        assertThat(entities).extracting(e -> e.get("id")).contains("ent-liyuan-battery");
        assertThat(entities).extracting(e -> e.get("type")).containsOnly("ENTERPRISE");
    }

    @Test
    void neighborhoodCarriesTypesDirectionsPropertiesAndTheTruncatedFlag() {
        ClientGraphQlResponse response =
                run("neighborhood", Map.of("id", "ent-liyuan-battery", "depth", 1, "limit", 5000));
        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("neighborhood.centerId").toEntity(String.class))
                .isEqualTo("ent-liyuan-battery");
        assertThat(response.field("neighborhood.truncated").toEntity(Boolean.class))
                .isFalse();
        assertThat(list(response, "neighborhood.edges"))
                .extracting(e -> e.get("direction"))
                .contains("OUTGOING", "INCOMING");
        assertThat(list(response, "neighborhood.nodes[0].properties"))
                .extracting(p -> p.get("key"))
                .contains("id", "name", "leading");

        ClientGraphQlResponse cut = run("neighborhood", Map.of("id", "ent-liyuan-battery", "depth", 2, "limit", 3));
        assertThat(cut.field("neighborhood.nodes").toEntityList(Map.class)).hasSize(3);
        assertThat(cut.field("neighborhood.truncated").toEntity(Boolean.class)).isTrue();
    }

    @Test
    void neighborhoodWithoutPropertiesOrDegreesHasTheSameNodesAndEdges() {
        String document = """
                query($id: ID!) {
                  neighborhood(id: $id, depth: 2, relationshipTypes: [COLLABORATES_WITH], limit: 5000) {
                    nodes { id type name nameEn %s }
                    edges { id type source target direction }
                  }
                }""";
        ClientGraphQlResponse outline = graphql.document(document.formatted(""))
                .variable("id", "ent-liyuan-battery")
                .executeSync();
        ClientGraphQlResponse full = graphql.document(document.formatted("degree"))
                .variable("id", "ent-liyuan-battery")
                .executeSync();
        assertThat(outline.getErrors()).isEmpty();
        assertThat(full.getErrors()).isEmpty();
        List<Map<String, Object>> fullNodes = list(full, "neighborhood.nodes");
        assertThat(fullNodes)
                .hasSizeGreaterThan(10)
                .allSatisfy(n -> assertThat((Integer) n.get("degree")).isPositive());
        assertThat(list(outline, "neighborhood.nodes"))
                .containsExactlyElementsOf(fullNodes.stream()
                        .map(n -> {
                            Map<String, Object> lean = new LinkedHashMap<>(n);
                            lean.remove("degree");
                            return lean;
                        })
                        .toList());
        assertThat(list(outline, "neighborhood.edges")).isEqualTo(list(full, "neighborhood.edges"));
    }

    @Test
    void neighborhoodOfIdsAndTiesHasTheSameShapeAsOneWithNamesAndYears() {
        String document = """
                query($id: ID!) {
                  neighborhood(id: $id, depth: 2, limit: 5000) {
                    nodes { id type %s }
                    edges { source target type direction %s }
                  }
                }""";
        ClientGraphQlResponse shape = graphql.document(document.formatted("", ""))
                .variable("id", "ent-liyuan-battery")
                .executeSync();
        ClientGraphQlResponse named = graphql.document(document.formatted("name", "fromYear toYear"))
                .variable("id", "ent-liyuan-battery")
                .executeSync();
        assertThat(shape.getErrors()).isEmpty();
        assertThat(named.getErrors()).isEmpty();
        List<Map<String, Object>> namedNodes = list(named, "neighborhood.nodes");
        List<Map<String, Object>> namedEdges = list(named, "neighborhood.edges");
        assertThat(namedNodes)
                .hasSizeGreaterThan(10)
                .allSatisfy(n -> assertThat(n.get("name")).isNotNull());
        assertThat(namedEdges).anySatisfy(e -> assertThat(e.get("fromYear")).isNotNull());
        assertThat(list(shape, "neighborhood.nodes")).containsExactlyElementsOf(without(namedNodes, "name"));
        assertThat(list(shape, "neighborhood.edges"))
                .containsExactlyElementsOf(without(namedEdges, "fromYear", "toYear"));
    }

    private static List<Map<String, Object>> without(List<Map<String, Object>> rows, String... keys) {
        return rows.stream()
                .map(row -> {
                    Map<String, Object> rest = new LinkedHashMap<>(row);
                    List.of(keys).forEach(rest::remove);
                    return rest;
                })
                .toList();
    }

    @Test
    void badArgumentsAndUnknownIdsAreBadRequests() {
        ClientGraphQlResponse deep = run("neighborhood", Map.of("id", "col-ybvtc", "depth", 9));
        assertThat(deep.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getMessage()).contains("depth must be between 1 and 3");
            assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
        });
        ClientGraphQlResponse unknown = run("neighborhood", Map.of("id", "no-such-node"));
        assertThat(unknown.getErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("No node has the id no-such-node"));
    }

    @Test
    void shortestPathIsAPathOrNull() {
        ClientGraphQlResponse found = run("shortestPath", Map.of("from", "col-ybvtc", "to", "ent-minjiang-electric"));
        assertThat(found.getErrors()).isEmpty();
        assertThat(found.field("shortestPath.length").toEntity(Integer.class)).isEqualTo(2);
        assertThat(list(found, "shortestPath.nodes"))
                .extracting(n -> n.get("id"))
                .startsWith("col-ybvtc")
                .endsWith("ent-minjiang-electric");

        ClientGraphQlResponse none = run("shortestPath", Map.of("from", "col-ybvtc", "to", "no-such-node"));
        assertThat(none.getErrors()).isEmpty();
        assertThat((Object) none.field("shortestPath").getValue()).isNull();
    }
}
