package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.consortiumexplorer.ExplorerIntegrationTest;
import com.consortiumexplorer.TestCypher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Search, neighbourhoods and paths against the demo city, checked with plain Cypher. */
@ExplorerIntegrationTest
class GraphNavigatorIT {

    @Autowired
    GraphNavigator navigator;

    @Autowired
    Driver driver;

    @Autowired
    PlatformTransactionManager transactions;

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
    void theShapeReachesTheSameGraphWithOnlyKeysAndTies() {
        for (Integer from : Arrays.asList(null, 2021)) {
            Subgraph full = navigator
                    .neighborhood("ent-liyuan-battery", 2, null, null, from, null, 5000)
                    .orElseThrow();
            Subgraph shape = navigator
                    .neighborhood("ent-liyuan-battery", 2, null, null, from, null, 5000, GraphNavigator.Detail.KEYS)
                    .orElseThrow();

            assertThat(shape.nodes())
                    .extracting(GraphNode::id)
                    .isEqualTo(full.nodes().stream().map(GraphNode::id).toList());
            // the centre carries everything, as in every neighbourhood; the rest only their keys
            assertThat(shape.nodes().getFirst()).isEqualTo(full.nodes().getFirst());
            assertThat(shape.nodes().subList(1, shape.nodes().size())).allSatisfy(n -> {
                assertThat(n.name()).isNull();
                assertThat(n.degree()).isEqualTo(-1);
                assertThat(n.properties()).containsOnlyKeys(n.type().key());
            });
            // the same relationships, a year range applied the same way, none carrying its properties
            assertThat(shape.edges())
                    .isEqualTo(full.edges().stream()
                            .map(e -> new GraphEdge(e.id(), e.type(), e.source(), e.target(), e.direction(), Map.of()))
                            .toList());
            assertThat(full.edges()).anySatisfy(e -> assertThat(e.properties()).isNotEmpty());
        }
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

    @Test
    void theCoreApiWalkReachesWhatTheCypherWalkReaches() {
        List<String> centres = new ArrayList<>(List.of("col-ybvtc", "ent-liyuan-battery", "cons-battery", "460306"));
        for (String kind : List.of("Program", "Project", "Policy")) {
            centres.add(driver.executableQuery("MATCH (n:%s) RETURN n.id AS id ORDER BY id LIMIT 1".formatted(kind))
                    .execute()
                    .records()
                    .getFirst()
                    .get("id")
                    .asString());
        }
        centres.add(driver.executableQuery(
                        "MATCH (i:Industry)--() WITH i, count(*) AS ties RETURN i.code AS code ORDER BY ties DESC, code LIMIT 1")
                .execute()
                .records()
                .getFirst()
                .get("code")
                .asString());
        GraphNavigator.Detail full = GraphNavigator.Detail.FULL;
        GraphNavigator.Detail outline = GraphNavigator.Detail.OUTLINE;
        // every kind of centre one hop out with all it holds; a few two hops out in outline
        for (String centre : centres) {
            assertSameWalk(centre, 1, null, null, null, null, 5000, full);
        }
        for (String centre : List.of(centres.get(1), centres.get(4), centres.getLast())) {
            assertSameWalk(centre, 2, null, null, null, null, 5000, outline);
        }
        List<RelationshipType> ties = List.of(RelationshipType.MEMBER_OF, RelationshipType.COLLABORATES_WITH);
        List<EntityType> organizations = List.of(EntityType.ENTERPRISE, EntityType.COLLEGE, EntityType.CONSORTIUM);
        assertSameWalk("cons-battery", 3, ties, organizations, 2020, null, 5000, outline);
        assertSameWalk("col-ybvtc", 2, ties, null, null, null, 5000, full);
        // the centre is a college: a type filter without colleges must not reach it back at depth 2
        assertSameWalk("col-ybvtc", 2, null, List.of(EntityType.ENTERPRISE), null, null, 5000, full);
        assertSameWalk("ent-liyuan-battery", 2, null, null, 2021, 2022, 5000, full);
        assertSameWalk("col-ybvtc", 2, null, null, null, null, 10, outline);
        assertSameWalk("ent-liyuan-battery", 2, null, null, null, null, 5000, GraphNavigator.Detail.KEYS);
        assertSameWalk("ent-liyuan-battery", 2, ties, null, 2021, 2022, 5000, GraphNavigator.Detail.KEYS);
        assertSameWalk("ent-liyuan-battery", 3, null, null, null, null, 150, full);
        assertThat(navigator.neighborhood("no-such-node", 2, null, null, null, null, 10))
                .isEmpty();
    }

    /**
     * The walk as the embedded engine's core API takes it equals the Cypher walk, which GraphReads takes inside a
     * Spring transaction; a truncated walk only in its size, since which nodes a limit keeps is unspecified.
     */
    private void assertSameWalk(
            String centre,
            int depth,
            List<RelationshipType> relationshipTypes,
            List<EntityType> nodeTypes,
            Integer fromYear,
            Integer toYear,
            int limit,
            GraphNavigator.Detail detail) {
        Subgraph core = navigator
                .neighborhood(centre, depth, relationshipTypes, nodeTypes, fromYear, toYear, limit, detail)
                .orElseThrow();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.setReadOnly(true);
        Subgraph cypher = transaction
                .execute(status -> navigator.neighborhood(
                        centre, depth, relationshipTypes, nodeTypes, fromYear, toYear, limit, detail))
                .orElseThrow();
        String walk = "%s depth %d %s %s %s-%s limit %d %s"
                .formatted(centre, depth, relationshipTypes, nodeTypes, fromYear, toYear, limit, detail);

        assertThat(core.centerId()).as(walk).isEqualTo(centre);
        assertThat(core.nodes().getFirst()).as(walk).isEqualTo(cypher.nodes().getFirst());
        assertThat(core.truncated()).as(walk).isEqualTo(cypher.truncated());
        if (cypher.truncated()) {
            assertThat(core.nodes()).as(walk).hasSize(limit).hasSameSizeAs(cypher.nodes());
            return;
        }
        // nodes with every property and degree, edges with their properties and direction
        assertThat(core.nodes()).as(walk).containsExactlyInAnyOrderElementsOf(cypher.nodes());
        assertThat(core.edges()).as(walk).containsExactlyInAnyOrderElementsOf(cypher.edges());
    }
}
