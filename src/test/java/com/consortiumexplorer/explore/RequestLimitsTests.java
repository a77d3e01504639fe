package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.DataFetcher;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;

/** The time limit stops a slow request after the deadline, with a BAD_REQUEST error naming the limit. */
class RequestLimitsTests {

    private static WebGraphQlResponse run(String query, Duration timeout) {
        DataFetcher<String> slow = env -> {
            Thread.sleep(150);
            return "done";
        };
        GraphQlSource source = GraphQlSource.schemaResourceBuilder()
                .schemaResources(new ByteArrayResource(
                        "type Query { slow: String, slowList: [Item] } type Item { a: String, b: String }".getBytes()))
                .configureRuntimeWiring(wiring -> wiring.type(
                                "Query",
                                type -> type.dataFetcher("slow", slow)
                                        .dataFetcher("slowList", env -> java.util.List.of(1, 2, 3, 4, 5, 6)))
                        .type("Item", type -> type.dataFetcher("a", slow).dataFetcher("b", slow)))
                .instrumentation(java.util.List.of(new QueryDeadline(timeout)))
                .build();
        WebGraphQlHandler handler = WebGraphQlHandler.builder(new DefaultExecutionGraphQlService(source))
                .interceptor(new RequestLimits(timeout))
                .build();
        WebGraphQlRequest request = new WebGraphQlRequest(
                URI.create("http://localhost/graphql"),
                new HttpHeaders(),
                new LinkedMultiValueMap<>(),
                null,
                Map.of(),
                new DefaultGraphQlRequest(query, null, Map.of(), Map.of()),
                "1",
                Locale.ENGLISH);
        return handler.handleRequest(request).block(Duration.ofSeconds(10));
    }

    @Test
    void aRequestWithinTheLimitRunsToTheEnd() {
        WebGraphQlResponse response = run("{ slow }", Duration.ofSeconds(5));
        assertThat(response.getErrors()).isEmpty();
        String value = response.field("slow").getValue();
        assertThat(value).isEqualTo("done");
    }

    @Test
    void aRequestPastTheLimitIsStoppedWithABadRequestNamingTheLimit() {
        long start = System.nanoTime();
        WebGraphQlResponse response = run("{ slowList { a b } }", Duration.ofMillis(200));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isLessThan(Duration.ofMillis(1500));
        assertThat(response.getErrors()).isNotEmpty().allSatisfy((ResponseError error) -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getExtensions()).containsEntry("limit", "timeout");
            assertThat(error.getMessage()).contains("limit");
        });
    }
}
