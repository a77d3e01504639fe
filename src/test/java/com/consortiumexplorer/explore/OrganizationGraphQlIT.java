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
}
