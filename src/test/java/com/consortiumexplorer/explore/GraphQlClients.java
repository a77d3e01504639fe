package com.consortiumexplorer.explore;

import com.consortiumexplorer.ExplorerIntegrationTest;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/** GraphQL clients over HTTP for integration tests, with the documents of {@code graphql-test/}. */
final class GraphQlClients {

    private GraphQlClients() {}

    /** A visitor who is not signed in. */
    static HttpSyncGraphQlClient anonymous(int port) {
        return client(port, RestClient.builder());
    }

    /** The test-only editor, signed in with HTTP basic. */
    static HttpSyncGraphQlClient editor(int port) {
        return client(
                port,
                RestClient.builder()
                        .defaultHeaders(headers -> headers.setBasicAuth(
                                ExplorerIntegrationTest.EDITOR, ExplorerIntegrationTest.EDITOR_PASSWORD)));
    }

    private static HttpSyncGraphQlClient client(int port, RestClient.Builder builder) {
        return HttpSyncGraphQlClient.builder(builder.baseUrl("http://localhost:" + port + "/graphql"))
                .documentSource(new ResourceDocumentSource(
                        List.of(new ClassPathResource("graphql-test/")), List.of(".graphql")))
                .header(HttpHeaders.ACCEPT, "application/json")
                .build();
    }
}
