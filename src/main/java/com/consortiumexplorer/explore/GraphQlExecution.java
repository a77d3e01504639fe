package com.consortiumexplorer.explore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;

/** How GraphQL Java executes queries here: its own strategy with the short way of {@link LeafObjects}. */
@Configuration(proxyBeanMethods = false)
class GraphQlExecution {

    /**
     * The query strategy, with the exception handler Spring for GraphQL gives the default one: made of the same
     * resolvers, the annotated controllers' among them, in their order.
     */
    @Bean
    GraphQlSourceBuilderCustomizer leafObjects(ObjectProvider<DataFetcherExceptionResolver> resolvers) {
        return builder -> builder.configureGraphQl(graphQl ->
                graphQl.queryExecutionStrategy(new LeafObjects(DataFetcherExceptionResolver.createExceptionHandler(
                        resolvers.orderedStream().toList()))));
    }
}
