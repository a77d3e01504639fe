package com.consortiumexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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

/** The analytics queries over HTTP on the demo city: gaps, flows, chains, structure and health. */
@ExplorerIntegrationTest
class AnalyticsGraphQlIT {

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

    @Test
    void collaborationGapsExplainTheDocumentedTopGap() {
        ClientGraphQlResponse response = graphql.documentName("collaborationGaps")
                .variable("organizationId", "col-ybvtc")
                .variable("first", 3)
                .executeSync();
        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("collaborationGaps[0].organization.id").toEntity(String.class))
                .isEqualTo("ent-minjiang-electric");
        List<Map> reasons = response.field("collaborationGaps[0].reasons").toEntityList(Map.class);
        assertThat(reasons).extracting(r -> r.get("kind")).contains("TALENT", "CONSORTIUM");
        assertThat(reasons).allSatisfy(r -> {
            assertThat((String) r.get("text")).isNotBlank();
            assertThat((String) r.get("textEn")).isNotBlank();
            assertThat((List<?>) r.get("evidence")).isNotEmpty();
        });
        assertThat(response.field("collaborationGaps").toEntityList(Map.class)).hasSize(3);

        ClientGraphQlResponse bad = graphql.documentName("collaborationGaps")
                .variable("organizationId", "col-ybvtc")
                .variable("first", 0)
                .executeSync();
        assertThat(bad.getErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
    }

    @Test
    void consortiumGapsAndUnconnectedMembers() {
        ClientGraphQlResponse response = graphql.documentName("consortiumGaps")
                .variable("consortiumId", "cons-battery")
                .variable("first", 5)
                .executeSync();
        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("consortiumGaps").toEntityList(Map.class)).hasSize(5);
        assertThat(response.field("unconnectedMembers").toEntityList(Map.class))
                .extracting(m -> m.get("id"))
                .contains("ent-chuxin-energy", "svc-ipr");
    }

    @Test
    void resourceFlowLinksAddUpToTheTotalsInBothGroupings() {
        for (String grouping : List.of("ORGANIZATION", "TYPE")) {
            ClientGraphQlResponse response = graphql.documentName("resourceFlows")
                    .variable("groupBy", grouping)
                    .variable("kinds", List.of("FUNDING"))
                    .executeSync();
            assertThat(response.getErrors()).isEmpty();
            double links = response.field("resourceFlows.links").toEntityList(Map.class).stream()
                    .mapToDouble(l -> ((Number) l.get("value")).doubleValue())
                    .sum();
            double totals = response.field("resourceFlows.totals").toEntityList(Map.class).stream()
                    .mapToDouble(l -> ((Number) l.get("value")).doubleValue())
                    .sum();
            long plain = driver.executableQuery("MATCH (:Organization)-[f:FUNDS]->() RETURN sum(f.amount) AS s")
                    .execute()
                    .records()
                    .getFirst()
                    .get("s")
                    .asLong();
            assertThat(links).isEqualTo(totals).isEqualTo((double) plain);
        }
    }

    @Test
    void talentBalanceAndChainAlignment() {
        ClientGraphQlResponse response = graphql.documentName("chains").executeSync();
        assertThat(response.getErrors()).isEmpty();
        List<Map> industries = response.field("chainAlignment.industries").toEntityList(Map.class);
        assertThat(industries)
                .filteredOn(i -> "C3825".equals(i.get("code")))
                .singleElement()
                .satisfies(i -> assertThat(i.get("flag")).isEqualTo("DEMAND_WITHOUT_SUPPLY"));
        assertThat(response.field("talentBalance.majors").toEntityList(Map.class))
                .isNotEmpty();
    }

    @Test
    void structureQueriesAnswerForAConsortium() {
        for (String measure : List.of("DEGREE", "BETWEENNESS", "PAGERANK")) {
            ClientGraphQlResponse response = graphql.documentName("structure")
                    .variable("consortiumId", "cons-battery")
                    .variable("measure", measure)
                    .variable("approximate", true)
                    .executeSync();
            assertThat(response.getErrors()).isEmpty();
            assertThat(response.field("centrality").toEntityList(Map.class)).hasSize(5);
            assertThat(response.field("brokers").toEntityList(Map.class)).isNotEmpty();
            assertThat(response.field("communities").toEntityList(Map.class)).isNotEmpty();
        }
    }

    @Test
    void consortiumHealthCountsTheMembersAtTheEndOfTheYear() {
        ClientGraphQlResponse response = graphql.documentName("consortiumHealth")
                .variable("consortiumId", "cons-battery")
                .variable("year", 2024)
                .executeSync();
        assertThat(response.getErrors()).isEmpty();
        long members = driver.executableQuery("""
                        MATCH (o:Organization)-[m:MEMBER_OF]->(:Consortium {id: 'cons-battery'})
                        WHERE m.since <= date('2024-12-31') AND (m.until IS NULL OR m.until > date('2024-12-31'))
                        RETURN count(DISTINCT o) AS n
                        """)
                .execute()
                .records()
                .getFirst()
                .get("n")
                .asLong();
        assertThat(response.field("consortiumHealth.members").toEntity(Long.class))
                .isEqualTo(members)
                .isPositive();
        assertThat(response.field("consortiumHealth.tripleHelix.balance").toEntity(Double.class))
                .isBetween(0.0, 1.0);

        ClientGraphQlResponse missing = graphql.documentName("consortiumHealth")
                .variable("consortiumId", "no-such-consortium")
                .executeSync();
        assertThat(missing.getErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
    }
}
