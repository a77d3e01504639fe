package com.consortiumexplorer.explore;

import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Resolves the GraphQL object type of an organization from its kind. */
@Configuration(proxyBeanMethods = false)
class GraphQlTypes {

    @Bean
    RuntimeWiringConfigurer organizationTypes() {
        TypeResolver byKind = env -> {
            Object value = env.getObject();
            if (value instanceof OrganizationSummary organization) {
                return env.getSchema().getObjectType(organization.type().label());
            }
            return (GraphQLObjectType) null;
        };
        return wiring ->
                wiring.type("Organization", t -> t.typeResolver(byKind)).type("Node", t -> t.typeResolver(byKind));
    }
}
