package com.consortiumexplorer.explore;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
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

    @Bean
    WebGraphQlInterceptor requestLimits() {
        return new RequestLimits(ApiLimits.QUERY_TIMEOUT);
    }
}
