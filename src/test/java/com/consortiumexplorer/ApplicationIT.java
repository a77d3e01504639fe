package com.consortiumexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ExplorerIntegrationTest
class ApplicationIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsUpAndIncludesNeo4j() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
    }

    @Test
    void startPageIsServedToAnonymousVisitors() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html").doesNotContain("Exception");
    }

    @Test
    void graphiqlAndThePrintedSchemaAreServed() throws Exception {
        assertThat(get("/graphiql?path=/graphql").statusCode()).isEqualTo(200);
        HttpResponse<String> schema = get("/graphql/schema");
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.body()).contains("interface Organization");
    }
}
