package com.consortiumexplorer.explore;

import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Resolves the GraphQL object types of interfaces from read models, and registers the scalars. */
@Configuration(proxyBeanMethods = false)
class GraphQlTypes {

    @Bean
    RuntimeWiringConfigurer objectTypes() {
        TypeResolver byReadModel = env -> {
            String name = typeName(env.getObject());
            return name == null ? (GraphQLObjectType) null : env.getSchema().getObjectType(name);
        };
        return wiring -> wiring.scalar(ExtendedScalars.Date)
                .scalar(ExtendedScalars.DateTime)
                .scalar(ExtendedScalars.Json)
                .type("Organization", t -> t.typeResolver(byReadModel))
                .type("Node", t -> t.typeResolver(byReadModel))
                .type("Flow", t -> t.typeResolver(byReadModel));
    }

    /** The object type of a read model, or null when it is none of ours. */
    static String typeName(Object value) {
        return switch (value) {
            case OrganizationSummary organization -> organization.type().label();
            case ProgramSummary program -> "Program";
            case ProjectSummary project -> "Project";
            case MajorSummary major -> "Major";
            case IndustrySummary industry -> "Industry";
            case FlowRecord flow -> flow.kind().graphQlType();
            case TypedNode node -> node.graphQlTypeName();
            case null, default -> null;
        };
    }
}
