package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GraphQlGetRequestsTests {

    @Test
    void onlyTheOperationThatRunsDecidesWhetherGetIsAllowed() {
        assertThat(GraphQlGetRequests.isQuery("{ organizations { totalCount } }", null))
                .isTrue();
        assertThat(GraphQlGetRequests.isQuery("mutation { addOrganization { x } }", null))
                .isFalse();
        assertThat(GraphQlGetRequests.isQuery("subscription { graphChanged { at } }", null))
                .isFalse();
        String both = "query read { node(id: \"a\") { id } } mutation write { removeOrganization { removedId } }";
        assertThat(GraphQlGetRequests.isQuery(both, "read")).isTrue();
        assertThat(GraphQlGetRequests.isQuery(both, "write")).isFalse();
    }

    @Test
    void unparsableOrAmbiguousDocumentsAreLeftToExecutionToReport() {
        assertThat(GraphQlGetRequests.isQuery("{ organizations(", null)).isTrue();
        assertThat(GraphQlGetRequests.isQuery("query a { x } query b { y }", null))
                .isTrue();
    }
}
