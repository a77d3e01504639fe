package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LookaheadTests {

    private static final String SCHEMA = """
            type Query { organizations: Connection }
            type Connection { totalCount: Int, edges: [Edge] }
            type Edge { node: Organization }
            interface Organization { id: ID, name: String, partner: Organization }
            type Enterprise implements Organization { id: ID, name: String, partner: Organization, size: String }
            type College implements Organization { id: ID, name: String, partner: Organization, kind: String }
            """;

    /** The lookahead of the top field as GraphQL Java hands its selection to a data fetcher. */
    private static Lookahead lookahead(String document) {
        AtomicReference<Lookahead> seen = new AtomicReference<>();
        GraphQLSchema schema = new SchemaGenerator()
                .makeExecutableSchema(
                        new SchemaParser().parse(SCHEMA),
                        RuntimeWiring.newRuntimeWiring()
                                .type(TypeRuntimeWiring.newTypeWiring("Query")
                                        .dataFetcher("organizations", environment -> {
                                            seen.set(Lookahead.of(environment));
                                            return null;
                                        }))
                                .type(TypeRuntimeWiring.newTypeWiring("Organization")
                                        .typeResolver(environment -> null))
                                .build());
        assertThat(GraphQL.newGraphQL(schema).build().execute(document).getErrors())
                .isEmpty();
        return seen.get();
    }

    @Test
    void readsTheSelectionAtEachPathIncludingFragments() {
        Lookahead page = lookahead("""
                { organizations { totalCount edges { node {
                    id ... on Enterprise { size } ... Named
                    partner { name ... on College { kind } }
                } } } }
                fragment Named on College { name }
                """);
        assertThat(page.selects("totalCount")).isTrue();
        assertThat(page.selects("edges")).isTrue();
        assertThat(page.selects("pageInfo")).isFalse();

        Lookahead nodes = page.at("edges").at("node");
        assertThat(nodes.path()).isEqualTo("edges/node/");
        assertThat(nodes.among(List.of("name", "kind", "size", "id", "founded")))
                .containsExactly("name", "size", "id");
        assertThat(nodes.selects("partner")).isTrue();
        // a field selected further down is not one selected here
        assertThat(nodes.selects("kind")).isFalse();
        assertThat(nodes.at("partner").among(List.of("id", "name", "kind"))).containsExactly("name", "kind");
    }

    @Test
    void nothingBelowAFieldSelectsNothingAndEverythingSelectsAll() {
        Lookahead count = lookahead("{ organizations { totalCount } }");
        assertThat(count.selects("edges")).isFalse();
        assertThat(count.at("edges").at("node").among(List.of("id", "name"))).isEmpty();

        // aliases name the answer, not the field read; skipped fields count, so a statement never projects too little
        Lookahead aliased =
                lookahead("{ organizations { total: totalCount edges { node { title: name id @skip(if: true) } } } }");
        assertThat(aliased.selects("totalCount")).isTrue();
        assertThat(aliased.at("edges").at("node").among(List.of("id", "name", "title")))
                .containsExactly("id", "name");

        assertThat(Lookahead.EVERYTHING.everything()).isTrue();
        assertThat(Lookahead.EVERYTHING.at("edges").selects("anything")).isTrue();
        assertThat(Lookahead.EVERYTHING.among(List.of("id", "name"))).containsExactly("id", "name");
    }
}
