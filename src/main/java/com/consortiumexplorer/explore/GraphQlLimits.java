package com.consortiumexplorer.explore;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/** The limits of {@link ApiLimits} wired into GraphQL Java and Spring for GraphQL. */
@Configuration(proxyBeanMethods = false)
class GraphQlLimits {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth() {
        return new MaxQueryDepthInstrumentation(ApiLimits.MAX_QUERY_DEPTH);
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity() {
        return new MaxQueryComplexityInstrumentation(ApiLimits.MAX_QUERY_COMPLEXITY, new ConnectionComplexity());
    }

    /**
     * @param analyticsTimeout the allowance of an operation made only of whole-graph analytics
     *     ({@link ApiLimits#ANALYTICS_FIELDS}), {@code explorer.analytics.timeout}
     */
    @Bean
    QueryDeadline queryDeadline(@Value("${explorer.analytics.timeout:60s}") Duration analyticsTimeout) {
        return new QueryDeadline(ApiLimits.QUERY_TIMEOUT, analyticsTimeout, ApiLimits.ANALYTICS_FIELDS);
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
