package com.consortiumexplorer.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.ExplorerIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Raw HTTP requests to the running test app, as a hostile or unprivileged client sends them, with the checks
 * every answer must pass: no stack trace, no class or package names of the server.
 */
final class ApiProbe {

    static final String ADMIN = basic(ExplorerIntegrationTest.ADMIN, ExplorerIntegrationTest.ADMIN_PASSWORD);
    static final String EDITOR = basic(ExplorerIntegrationTest.EDITOR, ExplorerIntegrationTest.EDITOR_PASSWORD);
    static final String VIEWER = basic(ExplorerIntegrationTest.VIEWER, ExplorerIntegrationTest.VIEWER_PASSWORD);

    /** What a stack trace or a leaked exception looks like in a response body. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat [a-zA-Z_$][\\w$]*(\\.[\\w$<>]+)+\\(|Caused by|java\\.lang\\.|java\\.io\\.|org\\.springframework\\."
                    + "|org\\.neo4j\\.|com\\.consortiumexplorer\\.|graphql\\.execution|Exception:|\\.java:\\d+");

    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    ApiProbe(int port) {
        this.port = port;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A GraphQL request; the answer is checked for stack traces. */
    HttpResponse<String> graphql(String authorization, String query, Map<String, ?> variables) {
        return post(authorization, JSON.writeValueAsString(Map.of("query", query, "variables", variables)));
    }

    /** Any body to the GraphQL endpoint; the answer is checked for stack traces. */
    HttpResponse<String> post(String authorization, String body) {
        return send(authorization, "/graphql", "application/json", HttpRequest.BodyPublishers.ofString(body));
    }

    HttpResponse<String> send(String authorization, String path, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .header("Accept", "application/graphql-response+json, application/json")
                .POST(body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertNoInternals(response.body());
            return response;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The classification of the first error, e.g. FORBIDDEN. */
    static String classification(HttpResponse<String> response) {
        return JSON.readTree(response.body())
                .path("errors")
                .path(0)
                .path("extensions")
                .path("classification")
                .asString();
    }

    static void assertNoInternals(String body) {
        assertThat(STACK_TRACE.matcher(body).find())
                .as("a response leaks server internals: %s", body.length() > 600 ? body.substring(0, 600) : body)
                .isFalse();
    }

    /** Nodes, relationships and audit entries of the whole graph, to show that nothing was written. */
    static GraphSize size(Driver driver) {
        var row = driver.executableQuery("""
                        CALL () { MATCH (n) RETURN count(n) AS nodes }
                        CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                        RETURN nodes, relationships
                        """).execute().records().getFirst();
        return new GraphSize(row.get("nodes").asLong(), row.get("relationships").asLong());
    }

    record GraphSize(long nodes, long relationships) {}
}
