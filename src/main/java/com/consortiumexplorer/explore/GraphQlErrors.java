package com.consortiumexplorer.explore;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns invalid arguments into BAD_REQUEST errors that say what was wrong, and a database transaction stopped
 * by the time limit into a BAD_REQUEST naming that limit; anything else stays an INTERNAL_ERROR without
 * details, so no response ever carries a stack trace.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof IllegalArgumentException) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.BAD_REQUEST)
                    .message(ex.getMessage())
                    .build();
        }
        if (timedOut(ex)) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.BAD_REQUEST)
                    .message("The database work of this field ran longer than the limit of "
                            + ApiLimits.QUERY_TIMEOUT_SECONDS + " s and was stopped")
                    .extensions(Map.of("limit", "timeout"))
                    .build();
        }
        return null;
    }

    /** Whether a Neo4j transaction timeout is among the causes (Spring wraps the driver's exception). */
    static boolean timedOut(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof Neo4jException neo4j
                    && neo4j.code() != null
                    && neo4j.code().contains("TransactionTimedOut")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
