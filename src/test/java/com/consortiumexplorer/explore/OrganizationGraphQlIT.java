package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.ExplorerIntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.web.client.RestClient;

/** The GraphQL endpoint over HTTP, with the documents of {@code graphql-test/}. */
@ExplorerIntegrationTest
class OrganizationGraphQlIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private HttpSyncGraphQlClient graphql;

    @BeforeEach
    void client() {
        graphql = HttpSyncGraphQlClient.builder(RestClient.builder().baseUrl("http://localhost:" + port + "/graphql"))
                .documentSource(new ResourceDocumentSource(
                        List.of(new ClassPathResource("graphql-test/")), List.of(".graphql")))
                .build();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> nodes(ClientGraphQlResponse page) {
        return page.field("organizations.edges").toEntityList(Map.class).stream()
                .map(edge -> (Map<String, Object>) edge.get("node"))
                .toList();
    }

    private long countWithCypher(String query) {
        return driver.executableQuery(query)
                .execute()
                .records()
                .getFirst()
                .get(0)
                .asLong();
    }

    @Test
    void walkingEveryPageReturnsEveryOrganizationExactlyOnce() {
        List<String> seen = new ArrayList<>();
        String after = null;
        long total = -1;
        boolean hasNext = true;
        int pages = 0;
        while (hasNext) {
            ClientGraphQlResponse page = graphql.documentName("organizations")
                    .variable("first", 37)
                    .variable("after", after)
                    .executeSync();
            assertThat(page.getErrors()).isEmpty();
            total = page.field("organizations.totalCount").toEntity(Long.class);
            List<String> ids =
                    nodes(page).stream().map(n -> (String) n.get("id")).toList();
            seen.addAll(ids);
            hasNext = page.field("organizations.pageInfo.hasNextPage").toEntity(Boolean.class);
            after = page.field("organizations.pageInfo.endCursor").toEntity(String.class);
            assertThat(page.field("organizations.pageInfo.hasPreviousPage").toEntity(Boolean.class))
                    .isEqualTo(pages > 0);
            pages++;
        }
        Set<String> unique = new HashSet<>(seen);
        assertThat(unique).hasSameSizeAs(seen);
        assertThat((long) seen.size())
                .isEqualTo(total)
                .isEqualTo(countWithCypher("MATCH (o:Organization) RETURN count(o)"))
                .isGreaterThanOrEqualTo(150);
        assertThat(seen).isSorted();
    }

    @Test
    void eachOrganizationHasTheObjectTypeOfItsKind() {
        ClientGraphQlResponse response =
                graphql.documentName("organizations").variable("first", 500).executeSync();
        List<Map<String, Object>> nodes = nodes(response);
        Map<String, String> typeNames = Map.of(
                "GOVERNMENT", "Government",
                "COLLEGE", "College",
                "ENTERPRISE", "Enterprise",
                "RESEARCH_INSTITUTE", "ResearchInstitute",
                "INDUSTRY_ASSOCIATION", "IndustryAssociation",
                "SERVICE_AGENCY", "ServiceAgency");
        assertThat(nodes)
                .allSatisfy(node -> assertThat(node.get("__typename")).isEqualTo(typeNames.get(node.get("type"))));
        assertThat(nodes).extracting(n -> n.get("type")).containsAll(typeNames.keySet());
        long colleges =
                nodes.stream().filter(n -> "COLLEGE".equals(n.get("type"))).count();
        assertThat(colleges).isEqualTo(countWithCypher("MATCH (c:Organization:College) RETURN count(c)"));
        assertThat(nodes)
                .filteredOn(n -> "COLLEGE".equals(n.get("type")))
                .allSatisfy(n -> assertThat(n.get("kind")).isNotNull());
    }

    @Test
    void organizationByIdMatchesTheDatabase() {
        var row = driver.executableQuery(
                        "MATCH (c:College) WITH c ORDER BY c.id LIMIT 1 RETURN c.id AS id, c.name AS name, c.kind AS kind")
                .execute()
                .records()
                .getFirst();
        ClientGraphQlResponse response = graphql.documentName("organization")
                .variable("id", row.get("id").asString())
                .executeSync();
        assertThat(response.field("organization.name").toEntity(String.class))
                .isEqualTo(row.get("name").asString());
        assertThat(response.field("organization.kind").toEntity(String.class))
                .isEqualTo(row.get("kind").asString());
        assertThat(response.field("organization.__typename").toEntity(String.class))
                .isEqualTo("College");

        ClientGraphQlResponse missing = graphql.documentName("organization")
                .variable("id", "no-such-id")
                .executeSync();
        assertThat(missing.getErrors()).isEmpty();
        assertThat((Object) missing.field("organization").getValue()).isNull();
    }

    @Test
    void aForgedCursorOrAnOversizedPageIsABadRequestNotAServerError() {
        ClientGraphQlResponse forged = graphql.documentName("organizations")
                .variable("first", 5)
                .variable("after", "not-a-cursor")
                .executeSync();
        assertThat(forged.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getMessage()).contains("Not a valid cursor");
            assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
        });
        ClientGraphQlResponse huge =
                graphql.documentName("organizations").variable("first", 100_000).executeSync();
        assertThat(huge.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getMessage()).contains("first must be between 1 and 500");
            assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
        });
    }

    /** An organization with memberships, ties and flows both ways, talent among its outgoing ones. */
    private String wellConnectedOrganization() {
        return driver.executableQuery("""
                        MATCH (o:Organization)
                        WHERE EXISTS { (o)-[:MEMBER_OF]->(:Consortium) }
                          AND EXISTS { (o)-[:COLLABORATES_WITH]-(:Organization) }
                          AND EXISTS { (o)-[:SUPPLIES_TALENT]->() }
                          AND EXISTS { (:Organization)-[:FUNDS|SUPPLIES_TALENT|TRANSFERS_TECHNOLOGY|SHARES_FACILITY]->(o) }
                        RETURN o.id AS id ORDER BY COUNT { (o)-[:PARTICIPATES_IN]->() } DESC, id LIMIT 1
                        """)
                .execute()
                .records()
                .getFirst()
                .get("id")
                .asString();
    }

    /** Asserts that every value of the slim answer is the value at the same place of the whole one. */
    @SuppressWarnings("unchecked")
    private static void assertSameWhereSelected(Object slim, Object whole, String path) {
        switch (slim) {
            case Map<?, ?> map -> {
                assertThat(whole).as(path).isInstanceOf(Map.class);
                map.forEach((key, value) ->
                        assertSameWhereSelected(value, ((Map<String, Object>) whole).get(key), path + "." + key));
            }
            case List<?> list -> {
                assertThat(whole).as(path).isInstanceOf(List.class);
                assertThat((List<Object>) whole).as(path).hasSameSizeAs(list);
                for (int i = 0; i < list.size(); i++) {
                    assertSameWhereSelected(list.get(i), ((List<Object>) whole).get(i), path + "[" + i + "]");
                }
            }
            case null -> assertThat(whole).as(path).isNull();
            default -> assertThat(slim).as(path).isEqualTo(whole);
        }
    }

    private Map<String, Object> organization(ClientGraphQlResponse response) {
        assertThat(response.getErrors()).isEmpty();
        return response.field("organization").getValue();
    }

    @Test
    void aSlimSelectionGivesTheSameValuesAsTheWholeOne() {
        String id = wellConnectedOrganization();
        Map<String, Object> whole = organization(
                graphql.documentName("organizationWhole").variable("id", id).executeSync());
        List<String> slimDocuments = List.of(
                // the benchmark's question q1
                """
                query ($id: ID!) { organization(id: $id) {
                    id name nameEn city founded
                    memberships { role since until consortium { id name } }
                    collaborations { kind since partner { id name } }
                    outgoingFlows { kind year target { id } }
                    incomingFlows { kind year source { id } }
                } }
                """,
                // the organization itself read only through its lists' items, and one property of each kind
                """
                query ($id: ID!) { organization(id: $id) {
                    id
                    memberships { active organization { description version } consortium { established } }
                    programs { organization { city } }
                    projects { role project { id } }
                    collaborations { partner { type regionCode ... on Enterprise { leading } } }
                    outgoingFlows {
                        source { nameEn ... on College { kind } }
                        ... on TalentFlow { major { name } }
                        ... on FundingFlow { channel }
                    }
                    incomingFlows { target { ... on Organization { city } } source { founded } ... on TalentFlow { graduates majorCode } }
                } }
                """,
                "query ($id: ID!) { organization(id: $id) { type outgoingFlows { year } incomingFlows { kind } } }");
        for (String document : slimDocuments) {
            Map<String, Object> slim =
                    organization(graphql.document(document).variable("id", id).executeSync());
            assertThat(slim).isNotEmpty();
            assertSameWhereSelected(slim, whole, "organization");
        }
        var stored = driver.executableQuery(
                        "MATCH (o:Organization {id: $id}) RETURN o.description AS description, o.nameEn AS nameEn")
                .withParameters(Map.of("id", id))
                .execute()
                .records()
                .getFirst();
        List<Map<String, Object>> memberships = (List<Map<String, Object>>) whole.get("memberships");
        assertThat(memberships)
                .isNotEmpty()
                .allSatisfy(membership -> assertThat(
                                ((Map<String, Object>) membership.get("organization")).get("description"))
                        .isEqualTo(stored.get("description").asString(null)));
        assertThat((List<Map<String, Object>>) whole.get("programs"))
                .isNotEmpty()
                .allSatisfy(participation -> assertThat((Map<String, Object>) participation.get("organization"))
                        .containsEntry("id", id));
        List<Map<String, Object>> outgoing = (List<Map<String, Object>>) whole.get("outgoingFlows");
        assertThat(outgoing)
                .isNotEmpty()
                .allSatisfy(flow -> assertThat(((Map<String, Object>) flow.get("source")).get("nameEn"))
                        .isEqualTo(stored.get("nameEn").asString(null)));
        assertThat(outgoing)
                .filteredOn(flow -> "TALENT".equals(flow.get("kind")) && flow.get("majorCode") != null)
                .isNotEmpty()
                .allSatisfy(flow -> assertThat(flow.get("major")).isNotNull());
    }

    @Test
    void aSlimPageGivesTheSameValuesAsTheWholeOne() {
        String whole = """
                { organizations(filter: { types: [ENTERPRISE] }, first: 30) { edges { node {
                    id type name nameEn city regionCode founded description version
                    ... on Enterprise { size leading ownership }
                } } } }
                """;
        String slim = """
                { organizations(filter: { types: [ENTERPRISE] }, first: 30) { edges { node {
                    id name nameEn city founded ... on Enterprise { size leading }
                } } } }
                """;
        ClientGraphQlResponse wholePage = graphql.document(whole).executeSync();
        ClientGraphQlResponse slimPage = graphql.document(slim).executeSync();
        assertThat(wholePage.getErrors()).isEmpty();
        assertThat(slimPage.getErrors()).isEmpty();
        assertThat(nodes(slimPage)).hasSize(30);
        assertSameWhereSelected(nodes(slimPage), nodes(wholePage), "organizations");
    }

    @Test
    void listsUnderAPartnerResolveFromTheDatabase() {
        String id = wellConnectedOrganization();
        Map<String, Object> organization =
                organization(graphql.document("""
                        query ($id: ID!) { organization(id: $id) {
                            id collaborations { partner { id memberships { organization { id name } consortium { id } } } }
                        } }
                        """).variable("id", id).executeSync());
        List<Map<String, Object>> collaborations = (List<Map<String, Object>>) organization.get("collaborations");
        assertThat(collaborations).isNotEmpty();
        for (Map<String, Object> collaboration : collaborations) {
            Map<String, Object> partner = (Map<String, Object>) collaboration.get("partner");
            var stored = driver.executableQuery("""
                            MATCH (p:Organization {id: $id})
                            RETURN p.name AS name,
                                   COLLECT { MATCH (p)-[m:MEMBER_OF]->(c:Consortium)
                                             WITH m, c ORDER BY m.since, c.id RETURN c.id } AS consortia
                            """)
                    .withParameters(Map.of("id", partner.get("id")))
                    .execute()
                    .records()
                    .getFirst();
            List<Map<String, Object>> memberships = (List<Map<String, Object>>) partner.get("memberships");
            assertThat(memberships.stream()
                            .map(m -> ((Map<String, Object>) m.get("consortium")).get("id"))
                            .toList())
                    .isEqualTo(stored.get("consortia").asList(v -> v.asString()));
            assertThat(memberships)
                    .allSatisfy(m -> assertThat((Map<String, Object>) m.get("organization"))
                            .containsEntry("id", partner.get("id"))
                            .containsEntry("name", stored.get("name").asString()));
        }
    }
}
