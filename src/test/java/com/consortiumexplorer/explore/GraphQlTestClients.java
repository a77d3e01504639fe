package com.consortiumexplorer.explore;

import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.web.client.RestClient;

/** A GraphQL client over HTTP with the test documents, for the explore tests. */
final class GraphQlTestClients {

    private GraphQlTestClients() {}

    /** A client for the app on this port that finds documents by name in {@code graphql-test/}. */
    static HttpSyncGraphQlClient http(int port) {
        return HttpSyncGraphQlClient.builder(RestClient.builder().baseUrl("http://localhost:" + port + "/graphql"))
                .documentSource(new ResourceDocumentSource(
                        List.of(new ClassPathResource("graphql-test/")), List.of(".graphql")))
                .build();
    }
}
