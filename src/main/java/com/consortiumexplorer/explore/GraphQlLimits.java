package com.consortiumexplorer.explore;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/** The limits of {@link ApiLimits} wired into GraphQL Java and Spring for GraphQL. */
@Configuration(proxyBeanMethods = false)
class GraphQlLimits {

    /**
     * The depth, complexity and time limits as the schema's only instrumentation, depth and complexity checked once
     * for each document and variables that pass them. It replaces the chain Spring
     * for GraphQL builds from instrumentation beans, which would visit every field of every answer; for the same
     * reason Micrometer's per-field GraphQL observations are off (ConsortiumExplorerApplication), and requests to
     * {@code /graphql} are timed by the HTTP server metrics instead.
     *
     * @param analyticsTimeout the allowance of an operation made only of whole-graph analytics
     *     ({@link ApiLimits#ANALYTICS_FIELDS}), {@code explorer.analytics.timeout}
     */
    @Bean
    GraphQlSourceBuilderCustomizer operationGuards(
            @Value("${explorer.analytics.timeout:60s}") Duration analyticsTimeout) {
        OperationGuards guards = new OperationGuards(List.of(
                new RememberedPasses(new MaxQueryDepthInstrumentation(ApiLimits.MAX_QUERY_DEPTH)),
                new RememberedPasses(new MaxQueryComplexityInstrumentation(
                        ApiLimits.MAX_QUERY_COMPLEXITY, new ConnectionComplexity())),
                new QueryDeadline(ApiLimits.QUERY_TIMEOUT, analyticsTimeout, ApiLimits.ANALYTICS_FIELDS)));
        return builder -> builder.configureGraphQl(graphQl -> graphQl.instrumentation(guards));
    }

    /** Parsed and validated documents, kept so repeated documents skip both steps (as graphql-yoga does). */
    @Bean
    GraphQlSourceBuilderCustomizer documentCache() {
        DocumentCache cache = new DocumentCache();
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
    }

    @Bean
    WebGraphQlInterceptor requestLimits() {
        return new RequestLimits(ApiLimits.QUERY_TIMEOUT);
    }
}
