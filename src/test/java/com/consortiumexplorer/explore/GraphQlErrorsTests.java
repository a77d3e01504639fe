package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.dao.QueryTimeoutException;

class GraphQlErrorsTests {

    @Test
    void aTransactionTimeoutIsRecognisedThroughSpringsWrapping() {
        ClientException timeout = new ClientException(
                "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "The transaction has timed out");
        assertThat(GraphQlErrors.timedOut(new QueryTimeoutException("wrapped", timeout)))
                .isTrue();
        assertThat(GraphQlErrors.timedOut(
                        new ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input")))
                .isFalse();
        assertThat(GraphQlErrors.timedOut(new IllegalStateException("other"))).isFalse();
    }
}
