package com.consortiumexplorer.explore;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.web.client.RestClient;

/** Shared pieces of the explore tests: a GraphQL client over HTTP with the test documents, Cypher counts. */
final class GraphQlTestClients {

    private GraphQlTestClients() {}

    /** A client for the app on this port that finds documents by name in {@code graphql-test/}. */
    static HttpSyncGraphQlClient http(int port) {
        return HttpSyncGraphQlClient.builder(RestClient.builder().baseUrl("http://localhost:" + port + "/graphql"))
                .documentSource(new ResourceDocumentSource(
                        List.of(new ClassPathResource("graphql-test/")), List.of(".graphql")))
                .build();
    }

    /** The single number a counting Cypher query returns. */
    static long count(Driver driver, String cypher, Map<String, Object> params) {
        return driver.executableQuery(cypher)
                .withParameters(params)
                .execute()
                .records()
                .getFirst()
                .get(0)
                .asLong();
    }
}
