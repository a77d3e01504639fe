package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.consortiumexplorer.ExplorerIntegrationTest;
import com.consortiumexplorer.TestCypher;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** Search, neighbourhoods and paths against the demo city, checked with plain Cypher. */
@ExplorerIntegrationTest
class GraphNavigatorIT {

    @Autowired
    GraphNavigator navigator;

    @Autowired
    Driver driver;

    private long count(String cypher, Map<String, Object> params) {
        return TestCypher.count(driver, cypher, params);
    }

    @Test
    void searchFindsChineseAndEnglishNamesAndPrefixesWhileTyping() {
        List<SearchHit> yibin = navigator.search("宜宾", null, 20);
        assertThat(yibin).hasSizeGreaterThanOrEqualTo(5);
        assertThat(yibin).allSatisfy(h -> assertThat(h.entity().name()).contains("宜宾"));
        assertThat(navigator.search("宜宾金沙", null, 5))
                .extracting(h -> h.entity().id())
                .contains("col-ybvtc");

        List<SearchHit> battery = navigator.search("battery", null, 20);
        assertThat(battery).isNotEmpty();
        assertThat(battery).extracting(h -> h.entity().id()).contains("ent-liyuan-battery");
        assertThat(battery.getFirst().entity().nameEn()).containsIgnoringCase("battery");
        assertThat(navigator.search("batt", null, 20))
                .extracting(h -> h.entity().id())
                .contains("ent-liyuan-battery");
        assertThat(battery).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void searchKeepsToTheAskedTypesAndReachesMajorsByName() {
        List<SearchHit> colleges = navigator.search("宜宾", List.of(EntityType.COLLEGE), 50);
        assertThat(colleges)
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.entity().type()).isEqualTo(EntityType.COLLEGE));
        String majorName = driver.executableQuery("MATCH (m:Major {code: '460306'}) RETURN m.name AS n")
                .execute()
                .records()
                .getFirst()
                .get("n")
                .asString();
        assertThat(navigator.search(majorName, List.of(EntityType.MAJOR), 5))
                .extracting(h -> h.entity().id())
                .contains("460306");
        assertThat(navigator.search("", null, 5)).isEmpty();
        assertThat(navigator.search("a:b) OR (", null, 5)).isNotNull();
    }

    @Test
    void oneHopNeighbourhoodHoldsEveryNeighbourAndRelationship() {
        Subgraph sub = navigator
                .neighborhood("col-ybvtc", 1, null, null, null, null, 5000)
                .orElseThrow();
        long neighbours = count("MATCH (:College {id: $id})--(m) RETURN count(DISTINCT m)", Map.of("id", "col-ybvtc"));
        long relationships = count("MATCH (:College {id: $id})-[r]-() RETURN count(r)", Map.of("id", "col-ybvtc"));
        assertThat(sub.centerId()).isEqualTo("col-ybvtc");
        assertThat(sub.nodes().getFirst().id()).isEqualTo("col-ybvtc");
        assertThat(sub.nodes()).hasSize((int) neighbours + 1);
        assertThat(sub.edges()).hasSize((int) relationships);
        assertThat(sub.truncated()).isFalse();
        Set<String> ids = sub.nodes().stream().map(GraphNode::id).collect(Collectors.toSet());
        assertThat(sub.edges()).allSatisfy(e -> {
            assertThat(ids).contains(e.source(), e.target());
            assertThat(e.direction())
                    .isEqualTo(
                            e.source().equals("col-ybvtc")
                                    ? GraphEdge.Direction.OUTGOING
                                    : GraphEdge.Direction.INCOMING);
        });
        assertThat(sub.nodes()).extracting(GraphNode::type).contains(EntityType.MAJOR, EntityType.CONSORTIUM);
    }

    @Test
    void anOutlineReachesTheSameGraphWithOnlyTheNamesOfItsNodes() {
        Subgraph full = navigator
                .neighborhood("col-ybvtc", 2, null, null, null, null, 300)
                .orElseThrow();
        Subgraph outline = navigator
                .neighborhood("col-ybvtc", 2, null, null, null, null, 300, GraphNavigator.Detail.OUTLINE)
                .orElseThrow();

        assertThat(outline.nodes())
                .extracting(GraphNode::id)
                .isEqualTo(full.nodes().stream().map(GraphNode::id).toList());
        assertThat(outline.edges()).isEqualTo(full.edges());
        assertThat(outline.truncated()).isEqualTo(full.truncated());
        GraphNode college = full.nodes().getFirst();
        GraphNode policy = full.nodes().stream()
                .filter(n -> n.type() == EntityType.POLICY)
                .findFirst()
                .orElseThrow();
        GraphNode outlinedPolicy = outline.nodes().stream()
                .filter(n -> n.id().equals(policy.id()))
                .findFirst()
                .orElseThrow();
        // A policy's name is its title; an outline keeps it and drops everything that is not a name.
        assertThat(outlinedPolicy.displayName(false))
                .isEqualTo(policy.displayName(false))
                .isNotEqualTo(policy.id());
        assertThat(outlinedPolicy.properties())
                .doesNotContainValue(null)
                .containsKey("title")
                .doesNotContainKey("issued");
        assertThat(outlinedPolicy.degree()).isEqualTo(-1);
        assertThat(outline.nodes().getFirst()).isEqualTo(college);
        assertThat(college.degree()).isPositive();
    }

    @Test
    void filtersLimitTheTypesTheYearsAndTheSize() {
        Subgraph majors = navigator
                .neighborhood("col-ybvtc", 1, List.of(RelationshipType.OFFERS), null, null, null, 500)
                .orElseThrow();
        assertThat(majors.nodes())
                .hasSize(
                        1 + (int) count("MATCH (:College {id: 'col-ybvtc'})-[:OFFERS]->(m) RETURN count(m)", Map.of()));
        assertThat(majors.nodes().subList(1, majors.nodes().size()))
                .allSatisfy(n -> assertThat(n.type()).isEqualTo(EntityType.MAJOR));

        Subgraph enterprises = navigator
                .neighborhood("col-ybvtc", 1, null, List.of(EntityType.ENTERPRISE), null, null, 500)
                .orElseThrow();
        assertThat(enterprises.nodes().subList(1, enterprises.nodes().size()))
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n.type()).isEqualTo(EntityType.ENTERPRISE));

        Subgraph in2023 = navigator
                .neighborhood("col-ybvtc", 1, List.of(RelationshipType.SUPPLIES_TALENT), null, 2023, 2023, 500)
                .orElseThrow();
        assertThat(in2023.edges())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.fromYear()).isEqualTo(2023));
        assertThat(in2023.edges()).hasSize((int) count(
                "MATCH (:College {id: 'col-ybvtc'})-[r:SUPPLIES_TALENT {year: 2023}]->() RETURN count(r)", Map.of()));

        Subgraph small = navigator
                .neighborhood("col-ybvtc", 2, null, null, null, null, 10)
                .orElseThrow();
        assertThat(small.nodes()).hasSize(10);
        assertThat(small.truncated()).isTrue();

        assertThat(navigator.neighborhood("no-such-node", 1, null, null, null, null, 10))
                .isEmpty();
    }

    @Test
    void invalidArgumentsAreRefusedClearly() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> navigator.neighborhood("col-ybvtc", 4, null, null, null, null, 10))
                .withMessageContaining("depth must be between 1 and 3");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> navigator.neighborhood("col-ybvtc", 1, null, null, null, null, 0))
                .withMessageContaining("limit");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> navigator.neighborhood("col-ybvtc", 1, null, null, 2024, 2020, 10))
                .withMessageContaining("fromYear");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> navigator.shortestPath("a", "b", 0, null))
                .withMessageContaining("maxLength");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> navigator.search("x", null, 500))
                .withMessageContaining("first");
    }

    @Test
    void shortestPathConnectsTwoOrganizationsAndIsNullWhenThereIsNone() {
        GraphPath path = navigator
                .shortestPath("col-ybvtc", "ent-minjiang-electric", 6, null)
                .orElseThrow();
        // They share a consortium (and partners) but have no direct tie: two steps.
        assertThat(path.length()).isEqualTo(2);
        assertThat(path.nodes().getFirst().id()).isEqualTo("col-ybvtc");
        assertThat(path.nodes().getLast().id()).isEqualTo("ent-minjiang-electric");
        assertThat(path.edges().getFirst().source())
                .isIn("col-ybvtc", path.nodes().get(1).id());

        assertThat(navigator
                        .shortestPath(
                                "col-ybvtc", "ent-minjiang-electric", 6, List.of(RelationshipType.COLLABORATES_WITH))
                        .map(GraphPath::edges)
                        .orElse(List.of()))
                .allSatisfy(e -> assertThat(e.type()).isEqualTo(RelationshipType.COLLABORATES_WITH));

        String island = "t-" + UUID.randomUUID();
        driver.executableQuery("CREATE (:Organization:Enterprise {id: $id, name: '孤岛企业'})")
                .withParameters(Map.of("id", island))
                .execute();
        try {
            assertThat(navigator.shortestPath("col-ybvtc", island, 8, null)).isEmpty();
        } finally {
            driver.executableQuery("MATCH (n {id: $id}) DETACH DELETE n")
                    .withParameters(Map.of("id", island))
                    .execute();
        }
    }

    @Test
    void relationshipsAmongNodesAreExactlyThoseBetweenThem() {
        List<String> ids = List.of("col-ybvtc", "ent-liyuan-battery", "cons-battery", "ent-minjiang-electric");
        List<GraphEdge> among = navigator.relationshipsAmong(ids, null);
        long expected = count(
                "MATCH (a)-[r]->(b) WHERE coalesce(a.id, a.code) IN $ids AND coalesce(b.id, b.code) IN $ids"
                        + " RETURN count(r)",
                Map.of("ids", ids));
        assertThat(among).hasSize((int) expected).isNotEmpty();
        assertThat(among).allSatisfy(e -> assertThat(ids).contains(e.source(), e.target()));
    }
}
