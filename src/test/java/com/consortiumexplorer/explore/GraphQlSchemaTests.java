package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The schema files build a valid schema, and every type, field, argument and enum value is documented. */
class GraphQlSchemaTests {

    private static GraphQLSchema schema() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/*.graphqls")) {
            try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                registry.merge(new SchemaParser().parse(reader));
            }
        }
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }

    @Test
    void everyTypeFieldArgumentAndEnumValueHasADescription() throws IOException {
        List<String> undocumented = new ArrayList<>();
        for (GraphQLNamedType type : schema().getAllTypesAsList()) {
            if (type.getName().startsWith("__")
                    || List.of("String", "Int", "Float", "Boolean", "ID").contains(type.getName())) {
                continue;
            }
            if (type.getDescription() == null
                    && !List.of("Query", "Mutation", "Subscription").contains(type.getName())) {
                undocumented.add(type.getName());
            }
            if (type instanceof GraphQLFieldsContainer container) {
                for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                    if (field.getDescription() == null) {
                        undocumented.add(type.getName() + "." + field.getName());
                    }
                    for (GraphQLArgument argument : field.getArguments()) {
                        if (argument.getDescription() == null) {
                            undocumented.add(type.getName() + "." + field.getName() + "(" + argument.getName() + ")");
                        }
                    }
                }
            }
            if (type instanceof GraphQLInputObjectType input) {
                input.getFieldDefinitions().stream()
                        .filter(field -> field.getDescription() == null)
                        .forEach(field -> undocumented.add(type.getName() + "." + field.getName()));
            }
            if (type instanceof GraphQLEnumType enumType) {
                enumType.getValues().stream()
                        .filter(value -> value.getDescription() == null)
                        .forEach(value -> undocumented.add(type.getName() + "." + value.getName()));
            }
        }
        assertThat(undocumented).isEmpty();
    }

    @Test
    void theContractNamesOfTheIssueExist() throws IOException {
        GraphQLSchema schema = schema();
        assertThat(schema.getQueryType().getFieldDefinitions())
                .extracting(GraphQLFieldDefinition::getName)
                .contains(
                        "node",
                        "organization",
                        "organizations",
                        "consortium",
                        "consortia",
                        "program",
                        "programs",
                        "project",
                        "projects",
                        "majors",
                        "industries");
        assertThat(schema.getMutationType().getFieldDefinitions())
                .extracting(GraphQLFieldDefinition::getName)
                .contains(
                        "addOrganization",
                        "updateOrganization",
                        "removeOrganization",
                        "joinConsortium",
                        "leaveConsortium",
                        "addCollaboration",
                        "removeCollaboration",
                        "recordFlow",
                        "addProgram",
                        "addProject",
                        "updateProject",
                        "addParticipant",
                        "setMajorOffer",
                        "setMajorDemand");
        assertThat(schema.getSubscriptionType().getFieldDefinition("graphChanged"))
                .isNotNull();
        assertThat(schema.getImplementations(schema.getTypeAs("Organization")))
                .extracting(GraphQLNamedType::getName)
                .containsExactlyInAnyOrder(
                        "Government",
                        "College",
                        "Enterprise",
                        "ResearchInstitute",
                        "IndustryAssociation",
                        "ServiceAgency");
    }
}
