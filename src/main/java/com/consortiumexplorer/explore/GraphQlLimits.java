package com.consortiumexplorer.explore;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
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

    @Bean
    QueryDeadline queryDeadline() {
        return new QueryDeadline(ApiLimits.QUERY_TIMEOUT);
    }

    @Bean
    WebGraphQlInterceptor requestLimits() {
        return new RequestLimits(ApiLimits.QUERY_TIMEOUT);
    }
}
