package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.ExplorerIntegrationTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

/** Every read of the API over HTTP, checked against the database with plain Cypher. */
@ExplorerIntegrationTest
class GraphQlReadsIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private HttpSyncGraphQlClient graphql;

    @BeforeEach
    void client() {
        graphql = GraphQlClients.anonymous(port);
    }

    private long cypherCount(String query, Map<String, Object> parameters) {
        return driver.executableQuery(query)
                .withParameters(parameters)
                .execute()
                .records()
                .getFirst()
                .get(0)
                .asLong();
    }

    private static List<Map<String, Object>> list(ClientGraphQlResponse response, String path) {
        return response.field(path).toEntityList(Map.class).stream()
                .map(GraphQlReadsIT::map)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    /** Walks every page of a connection and returns the ids in page order. */
    private List<String> walk(String document, String connection, Map<String, Object> variables, int first) {
        List<String> ids = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        int pages = 0;
        while (hasNext) {
            var request =
                    graphql.documentName(document).variable("first", first).variable("after", after);
            variables.forEach(request::variable);
            ClientGraphQlResponse page = request.executeSync();
            assertThat(page.getErrors()).isEmpty();
            List<Map<String, Object>> edges = list(page, connection + ".edges");
            edges.forEach(edge -> ids.add((String) map(edge.get("node")).get("id")));
            assertThat(edges)
                    .allSatisfy(edge -> assertThat((String) edge.get("cursor")).isNotBlank());
            assertThat(page.field(connection + ".pageInfo.hasPreviousPage").toEntity(Boolean.class))
                    .isEqualTo(pages > 0);
            long total = page.field(connection + ".totalCount").toEntity(Long.class);
            assertThat(total).isGreaterThanOrEqualTo(ids.size());
            hasNext = page.field(connection + ".pageInfo.hasNextPage").toEntity(Boolean.class);
            after = page.field(connection + ".pageInfo.endCursor").toEntity(String.class);
            pages++;
            assertThat(pages).as("pages").isLessThan(1000);
        }
        assertThat(new HashSet<>(ids)).as("each item exactly once").hasSameSizeAs(ids);
        return ids;
    }

    @Test
    void nestedFlowListsNarrowToTheAskedKindsAndYears() {
        String id = "col-ybvtc";
        ClientGraphQlResponse narrowed = graphql.documentName("organizationFlows")
                .variable("id", id)
                .variable("kinds", List.of("TALENT", "TECHNOLOGY"))
                .variable("fromYear", 2021)
                .variable("toYear", 2023)
                .executeSync();
        assertThat(narrowed.getErrors()).isEmpty();
        Map<String, Object> filter = Map.of("id", id, "from", 2021, "to", 2023);
        long outgoing = cypherCount(
                "MATCH (:Organization {id: $id})-[r:SUPPLIES_TALENT|TRANSFERS_TECHNOLOGY]->()"
                        + " WHERE $from <= r.year <= $to RETURN count(r)",
                filter);
        assertThat(outgoing).isPositive();
        assertThat(list(narrowed, "organization.outgoingFlows"))
                .hasSize((int) outgoing)
                .allSatisfy(flow -> {
                    assertThat(flow.get("kind")).isIn("TALENT", "TECHNOLOGY");
                    assertThat((Integer) flow.get("year")).isBetween(2021, 2023);
                });
        assertThat(list(narrowed, "organization.incomingFlows")).hasSize((int) cypherCount(
                "MATCH ()-[r:SUPPLIES_TALENT|TRANSFERS_TECHNOLOGY]->(:Organization {id: $id})"
                        + " WHERE $from <= r.year <= $to RETURN count(r)",
                filter));

        ClientGraphQlResponse reversed = graphql.documentName("organizationFlows")
                .variable("id", id)
                .variable("fromYear", 2024)
                .variable("toYear", 2020)
                .executeSync();
        assertThat(reversed.getErrors()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(e.getMessage()).contains("fromYear (2024) is after toYear (2020)");
        });
    }

    @Test
    void anOrganizationCarriesItsWholeNeighbourhoodOfFacts() {
        Map<String, Object> id = Map.of("id", "col-ybvtc");
        ClientGraphQlResponse response = graphql.documentName("organizationDetails")
                .variable("id", "col-ybvtc")
                .executeSync();
        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("organization.type").toEntity(String.class)).isEqualTo("COLLEGE");
        assertThat(list(response, "organization.memberships"))
                .hasSize((int) cypherCount("MATCH (:Organization {id: $id})-[m:MEMBER_OF]->() RETURN count(m)", id))
                .allSatisfy(
                        m -> assertThat(map(m.get("consortium")).get("name")).isNotNull());
        assertThat(list(response, "organization.collaborations")).hasSize((int)
                cypherCount("MATCH (:Organization {id: $id})-[r:COLLABORATES_WITH]-() RETURN count(r)", id));
        assertThat(list(response, "organization.programs")).hasSize((int)
                cypherCount("MATCH (:Organization {id: $id})-[r:PARTICIPATES_IN]->(:Program) RETURN count(r)", id));
        assertThat(list(response, "organization.projects")).hasSize((int)
                cypherCount("MATCH (:Organization {id: $id})-[r:PARTICIPATES_IN]->(:Project) RETURN count(r)", id));
        List<Map<String, Object>> outgoing = list(response, "organization.outgoingFlows");
        assertThat(outgoing).hasSize((int) cypherCount(
                "MATCH (:Organization {id: $id})-[r:FUNDS|SUPPLIES_TALENT|TRANSFERS_TECHNOLOGY|SHARES_FACILITY]->()"
                        + " RETURN count(r)",
                id));
        assertThat(outgoing)
                .filteredOn(flow -> "TalentFlow".equals(flow.get("__typename")))
                .isNotEmpty()
                .allSatisfy(flow -> {
                    assertThat(flow.get("kind")).isEqualTo("TALENT");
                    assertThat((Integer) flow.get("graduates")).isGreaterThanOrEqualTo(0);
                    assertThat(map(flow.get("major")).get("name")).isNotNull();
                });
        assertThat(list(response, "organization.incomingFlows")).hasSize((int) cypherCount(
                "MATCH ()-[r:FUNDS|SUPPLIES_TALENT|TRANSFERS_TECHNOLOGY|SHARES_FACILITY]->(:Organization {id: $id})"
                        + " RETURN count(r)",
                id));
        assertThat(list(response, "organization.offeredMajors"))
                .hasSize((int) cypherCount("MATCH (:College {id: $id})-[r:OFFERS]->() RETURN count(r)", id))
                .allSatisfy(
                        offer -> assertThat(map(offer.get("college")).get("id")).isEqualTo("col-ybvtc"));
        assertThat(list(response, "organization.industries"))
                .hasSize((int) cypherCount("MATCH (:Organization {id: $id})-[r:OPERATES_IN]->() RETURN count(r)", id));

        ClientGraphQlResponse enterprise = graphql.documentName("organizationDetails")
                .variable("id", "ent-liyuan-battery")
                .executeSync();
        assertThat(enterprise.field("organization.leading").toEntity(Boolean.class))
                .isTrue();
        assertThat(list(enterprise, "organization.demandedMajors"))
                .hasSize((int) cypherCount(
                        "MATCH (:Enterprise {id: $id})-[r:DEMANDS]->() RETURN count(r)",
                        Map.of("id", "ent-liyuan-battery")))
                .isNotEmpty();
    }

    @Test
    void nodeFindsEveryKindOfEntityByItsIdOrCode() {
        Map<String, String> expected = Map.of(
                "col-ybvtc", "College",
                "ent-liyuan-battery", "Enterprise",
                "cons-battery", "Consortium",
                "prog-liyuan-order", "Program",
                "proj-solidstate", "Project",
                "460306", "Major",
                "C3841", "Industry");
        expected.forEach((id, typeName) -> {
            ClientGraphQlResponse response =
                    graphql.documentName("node").variable("id", id).executeSync();
            assertThat(response.getErrors()).isEmpty();
            assertThat(response.field("node.__typename").toEntity(String.class)).isEqualTo(typeName);
            assertThat(response.field("node.id").toEntity(String.class)).isEqualTo(id);
            assertThat(response.field("node.name").toEntity(String.class)).isNotBlank();
        });
        ClientGraphQlResponse missing =
                graphql.documentName("node").variable("id", "no-such-thing").executeSync();
        assertThat(missing.getErrors()).isEmpty();
        assertThat((Object) missing.field("node").getValue()).isNull();
    }

    @Test
    void aConsortiumListsItsWholeMembershipHistory() {
        ClientGraphQlResponse battery = graphql.documentName("consortium")
                .variable("id", "cons-battery")
                .executeSync();
        assertThat(battery.field("consortium.status").toEntity(String.class)).isEqualTo("ACTIVE");
        assertThat(battery.field("consortium.established").toEntity(String.class))
                .isEqualTo("2021-06-18");
        assertThat(list(battery, "consortium.members"))
                .hasSize((int) cypherCount(
                        "MATCH ()-[m:MEMBER_OF]->(:Consortium {id: $id}) RETURN count(m)",
                        Map.of("id", "cons-battery")))
                .anySatisfy(m -> assertThat(m.get("role")).isEqualTo("CHAIR"));

        ClientGraphQlResponse liquor =
                graphql.documentName("consortium").variable("id", "cons-liquor").executeSync();
        assertThat(liquor.field("consortium.status").toEntity(String.class)).isEqualTo("DISSOLVED");
        assertThat(list(liquor, "consortium.members")).isNotEmpty().allSatisfy(m -> {
            assertThat(m.get("until")).isNotNull();
            assertThat(m.get("exitReason")).isNotNull();
            assertThat(m.get("active")).isEqualTo(false);
        });
    }

    @Test
    void walkingEveryPageOfEveryListReturnsEachItemOnce() {
        assertThat(walk("consortia", "consortia", Map.of(), 1))
                .hasSize((int) cypherCount("MATCH (n:Consortium) RETURN count(n)", Map.of()))
                .isSorted();
        assertThat(walk("consortia", "consortia", Map.of("status", "DISSOLVED"), 1))
                .containsExactly("cons-liquor");
        assertThat(walk("programs", "programs", Map.of(), 5))
                .hasSize((int) cypherCount("MATCH (n:Program) RETURN count(n)", Map.of()))
                .isSorted();
        assertThat(walk("programs", "programs", Map.of("filter", Map.of("kinds", List.of("ORDER_CLASS"))), 2))
                .hasSize((int) cypherCount("MATCH (n:Program {kind: 'ORDER_CLASS'}) RETURN count(n)", Map.of()));
        assertThat(walk("projects", "projects", Map.of(), 4))
                .hasSize((int) cypherCount("MATCH (n:Project) RETURN count(n)", Map.of()));
        assertThat(walk("projects", "projects", Map.of("filter", Map.of("statuses", List.of("COMPLETED"))), 4))
                .hasSize((int) cypherCount("MATCH (n:Project {status: 'COMPLETED'}) RETURN count(n)", Map.of()));
        assertThat(walk("majors", "majors", Map.of(), 7))
                .hasSize((int) cypherCount("MATCH (n:Major) RETURN count(n)", Map.of()))
                .isSorted();
        assertThat(walk("majors", "majors", Map.of("industry", "C3825"), 7))
                .containsExactlyInAnyOrder("430301", "430302");
        assertThat(walk("industries", "industries", Map.of(), 6))
                .hasSize((int) cypherCount("MATCH (n:Industry) RETURN count(n)", Map.of()));
        assertThat(walk("industries", "industries", Map.of("nameContains", "BATTERY"), 6))
                .containsExactlyInAnyOrder("C3841", "C3849");
    }

    @Test
    void organizationFiltersMatchTheGraph() {
        assertThat(walk(
                        "filteredOrganizations",
                        "organizations",
                        Map.of("filter", Map.of("types", List.of("COLLEGE"))),
                        50))
                .hasSize((int) cypherCount("MATCH (n:College) RETURN count(n)", Map.of()));
        assertThat(walk(
                        "filteredOrganizations",
                        "organizations",
                        Map.of("filter", Map.of("consortium", "cons-battery", "memberOn", "2025-01-01")),
                        50))
                .hasSize((int) cypherCount("""
                        MATCH (o)-[m:MEMBER_OF]->(:Consortium {id: 'cons-battery'})
                        WHERE m.since <= date('2025-01-01') AND (m.until IS NULL OR m.until > date('2025-01-01'))
                        RETURN count(DISTINCT o)
                        """, Map.of()));
        assertThat(walk("filteredOrganizations", "organizations", Map.of("filter", Map.of("major", "460306")), 50))
                .contains("col-ybvtc", "ent-minjiang-electric")
                .doesNotHaveDuplicates()
                .hasSize((int) cypherCount(
                        "MATCH (o)-[:OFFERS|DEMANDS]->(:Major {code: '460306'}) RETURN count(DISTINCT o)", Map.of()));
        assertThat(walk(
                        "filteredOrganizations",
                        "organizations",
                        Map.of("filter", Map.of("types", List.of("COLLEGE", "ENTERPRISE"))),
                        50))
                .hasSize((int) cypherCount("MATCH (n) WHERE n:College OR n:Enterprise RETURN count(n)", Map.of()));
        assertThat(walk(
                        "filteredOrganizations",
                        "organizations",
                        Map.of(
                                "filter",
                                Map.of(
                                        "types",
                                        List.of("ENTERPRISE"),
                                        "consortium",
                                        "cons-battery",
                                        "industry",
                                        "C3841")),
                        5))
                .isNotEmpty()
                .hasSize((int) cypherCount("""
                        MATCH (o:Enterprise)-[:MEMBER_OF]->(:Consortium {id: 'cons-battery'})
                        WHERE EXISTS { (o)-[:OPERATES_IN]->(:Industry {code: 'C3841'}) }
                        RETURN count(DISTINCT o)
                        """, Map.of()));
        assertThat(walk(
                        "filteredOrganizations",
                        "organizations",
                        Map.of("filter", Map.of("industry", "C3841", "major", "460306")),
                        5))
                .hasSize((int) cypherCount("""
                        MATCH (o)-[:OPERATES_IN]->(:Industry {code: 'C3841'})
                        WHERE EXISTS { (o)-[:OFFERS|DEMANDS]->(:Major {code: '460306'}) }
                        RETURN count(DISTINCT o)
                        """, Map.of()));
        assertThat(walk("filteredOrganizations", "organizations", Map.of("filter", Map.of("industry", "C2041")), 50))
                .contains("ri-bamboo", "ent-zhuyun-bamboo");
        assertThat(walk(
                        "filteredOrganizations",
                        "organizations",
                        Map.of("filter", Map.of("regionCode", "511502", "foundedFrom", 2000, "foundedTo", 2010)),
                        50))
                .hasSize((int) cypherCount(
                        "MATCH (n:Organization) WHERE n.regionCode = '511502' AND 2000 <= n.founded <= 2010 RETURN count(n)",
                        Map.of()));
        assertThat(walk(
                        "filteredOrganizations",
                        "organizations",
                        Map.of("filter", Map.of("nameContains", "Battery")),
                        50))
                .contains("ent-liyuan-battery")
                .hasSize((int) cypherCount(
                        "MATCH (n:Organization) WHERE toLower(n.nameEn) CONTAINS 'battery' OR n.name CONTAINS 'battery'"
                                + " RETURN count(n)",
                        Map.of()));
    }

    @Test
    void orderedPagesAreStableAndComplete() {
        long all = cypherCount("MATCH (n:Organization) RETURN count(n)", Map.of());
        List<String> byName =
                walk("filteredOrganizations", "organizations", Map.of("orderBy", Map.of("field", "NAME")), 23);
        assertThat(byName).hasSize((int) all);
        List<String> byNameInCypher = driver
                .executableQuery("MATCH (n:Organization) RETURN n.id AS id ORDER BY n.name, n.id")
                .execute()
                .records()
                .stream()
                .map(r -> r.get("id").asString())
                .toList();
        assertThat(byName).isEqualTo(byNameInCypher);
        List<String> newestFirst = walk(
                "filteredOrganizations",
                "organizations",
                Map.of("orderBy", Map.of("field", "FOUNDED", "direction", "DESC")),
                31);
        assertThat(newestFirst).hasSize((int) all);
        List<Integer> years = driver
                .executableQuery("UNWIND $ids AS id MATCH (n:Organization {id: id}) RETURN coalesce(n.founded, 0) AS y")
                .withParameters(Map.of("ids", newestFirst))
                .execute()
                .records()
                .stream()
                .map(r -> r.get("y").asInt())
                .toList();
        assertThat(years).isSortedAccordingTo(Comparator.reverseOrder());

        String nameCursor = graphql.documentName("filteredOrganizations")
                .variable("orderBy", Map.of("field", "NAME"))
                .variable("first", 3)
                .executeSync()
                .field("organizations.pageInfo.endCursor")
                .toEntity(String.class);
        ClientGraphQlResponse mixed = graphql.documentName("filteredOrganizations")
                .variable("first", 3)
                .variable("after", nameCursor)
                .executeSync();
        assertThat(mixed.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(e.getMessage()).contains("Not a valid cursor");
        });
        ClientGraphQlResponse reversed = graphql.documentName("filteredOrganizations")
                .variable("filter", Map.of("foundedFrom", 2020, "foundedTo", 2010))
                .executeSync();
        assertThat(reversed.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(e.getMessage()).contains("foundedFrom");
        });
    }

    @Test
    void programsAndProjectsCarryTheirParticipants() {
        ClientGraphQlResponse program = graphql.documentName("program")
                .variable("id", "prog-liyuan-order")
                .executeSync();
        assertThat(program.field("program.kind").toEntity(String.class)).isEqualTo("ORDER_CLASS");
        assertThat(list(program, "program.participants"))
                .hasSize((int) cypherCount(
                        "MATCH ()-[r:PARTICIPATES_IN]->(:Program {id: 'prog-liyuan-order'}) RETURN count(r)", Map.of()))
                .allSatisfy(p -> assertThat(map(p.get("program")).get("id")).isEqualTo("prog-liyuan-order"));
        ClientGraphQlResponse project = graphql.documentName("project")
                .variable("id", "proj-solidstate")
                .executeSync();
        assertThat(project.field("project.budget").toEntity(Long.class)).isEqualTo(18_000_000L);
        assertThat(project.field("project.start").toEntity(String.class)).isEqualTo("2023-03-01");
        assertThat(list(project, "project.participants")).isNotEmpty();
        assertThat((Object) graphql.documentName("project")
                        .variable("id", "nope")
                        .executeSync()
                        .field("project")
                        .getValue())
                .isNull();
    }

    @Test
    void aPageOfAHundredOrganizationsWithNestedFieldsRunsAHandfulOfStatements() {
        graphql.documentName("organizationPage").variable("first", 100).executeSync();
        long before = StatementCounter.count();
        ClientGraphQlResponse page =
                graphql.documentName("organizationPage").variable("first", 100).executeSync();
        long statements = StatementCounter.count() - before;
        assertThat(page.getErrors()).isEmpty();
        List<Map<String, Object>> edges = list(page, "organizations.edges");
        assertThat(edges).hasSize(100);
        assertThat(edges)
                .anySatisfy(edge -> assertThat((List<?>) map(edge.get("node")).get("memberships"))
                        .isNotEmpty())
                .anySatisfy(edge -> assertThat((List<?>) map(edge.get("node")).get("collaborations"))
                        .isNotEmpty());
        // the total, then the page with its memberships (with consortium names) and collaborations (with partner
        // names) fetched along by the same statement
        assertThat(statements).as("statements: %s", StatementCounter.recent()).isEqualTo(2);
    }

    /**
     * Asks for an organization with {@code organization(id)}, which fetches its lists along in the given number of
     * statements, and checks that {@code node(id)}, whose lists come from the batch loaders, answers the same.
     */
    private Object likeTheBatchLoaders(String organizationOperation, String nodeOperation, String id, long statements) {
        long before = StatementCounter.count();
        ClientGraphQlResponse fetchedAlong = graphql.documentName("organizationLists")
                .operationName(organizationOperation)
                .variable("id", id)
                .executeSync();
        long ran = StatementCounter.count() - before;
        assertThat(fetchedAlong.getErrors()).isEmpty();
        assertThat(ran).as("statements: %s", StatementCounter.recent()).isEqualTo(statements);
        ClientGraphQlResponse batched = graphql.documentName("organizationLists")
                .operationName(nodeOperation)
                .variable("id", id)
                .executeSync();
        assertThat(batched.getErrors()).isEmpty();
        Object organization = fetchedAlong.field("organization").getValue();
        assertThat(organization).as(id).isEqualTo(batched.field("node").getValue());
        return organization;
    }

    @Test
    void anOrganizationWithItsListsRunsOneStatementAndAnswersLikeTheBatchLoaders() {
        for (String id : List.of("col-ybvtc", "ent-liyuan-battery", "gov-yibin-edu")) {
            // node(id) does not fetch the lists along, so its lists come from the batch loaders
            Map<String, Object> organization = map(likeTheBatchLoaders("organizationLists", "nodeLists", id, 1));
            assertThat((List<?>) organization.get("collaborations")).hasSize((int) cypherCount(
                    "MATCH (:Organization {id: $id})-[r:COLLABORATES_WITH]-() RETURN count(r)", Map.of("id", id)));
        }
    }

    @Test
    void anOrganizationWithOnlyListsOfTheCoreApiRunsNoStatementAndAnswersLikeTheBatchLoaders() {
        for (String id : List.of("col-sjpoly", "col-ybvtc", "ent-liyuan-battery", "gov-yibin-edu", "nope")) {
            Object organization = likeTheBatchLoaders("organizationCoreLists", "nodeCoreLists", id, 0);
            if (!id.equals("nope")) {
                assertThat((List<?>) map(organization).get("outgoingFlows")).hasSize((int) cypherCount(
                        "MATCH (:Organization {id: $id})-[r:FUNDS|SUPPLIES_TALENT|TRANSFERS_TECHNOLOGY|SHARES_FACILITY]->()"
                                + " RETURN count(r)",
                        Map.of("id", id)));
            }
        }
    }

    @Test
    void aTotalAloneIsCountedWithoutReadingThePage() {
        Map<String, Object> filter = Map.of("types", List.of("ENTERPRISE"), "consortium", "cons-battery");
        long before = StatementCounter.count();
        ClientGraphQlResponse response = graphql.documentName("organizationCount")
                .variable("filter", filter)
                .executeSync();
        long statements = StatementCounter.count() - before;
        assertThat(response.getErrors()).isEmpty();
        assertThat(statements).as("statements: %s", StatementCounter.recent()).isEqualTo(1);
        assertThat(response.field("organizations.totalCount").toEntity(Long.class))
                .isEqualTo(cypherCount(
                        "MATCH (o:Enterprise) WHERE EXISTS { (o)-[:MEMBER_OF]->(:Consortium {id: $id}) }"
                                + " RETURN count(o)",
                        Map.of("id", "cons-battery")));
    }
}
