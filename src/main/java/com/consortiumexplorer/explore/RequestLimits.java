package com.consortiumexplorer.explore;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Reports every limit that stopped a request (depth, complexity, time; see {@link QueryDeadline}) as a
 * BAD_REQUEST error naming the limit in {@code extensions.limit}, instead of GraphQL Java's own classification.
 */
final class RequestLimits implements WebGraphQlInterceptor {

    private final Duration timeout;

    RequestLimits(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(this::reclassify);
    }

    private WebGraphQlResponse reclassify(WebGraphQlResponse response) {
        List<ResponseError> errors = response.getErrors();
        if (errors.stream().noneMatch(RequestLimits::aborted)) {
            return response;
        }
        boolean timedOut = Boolean.TRUE.equals(
                response.getExecutionInput().getGraphQLContext().get(QueryDeadline.TIMED_OUT));
        List<GraphQLError> rewritten = errors.stream()
                .map(error -> aborted(error) ? limitError(error, timedOut) : asGraphQlError(error))
                .toList();
        return response.transform(builder -> builder.errors(rewritten));
    }

    private GraphQLError limitError(ResponseError error, boolean timedOut) {
        String message = error.getMessage() == null ? "" : error.getMessage();
        String limit;
        if (timedOut) {
            limit = "timeout";
            message = "The request ran longer than the limit of " + timeout.toSeconds() + " s and was stopped";
        } else if (message.contains("depth")) {
            limit = "depth";
            message = message + " (the limit of query depth is " + ApiLimits.MAX_QUERY_DEPTH + ")";
        } else if (message.contains("complexity")) {
            limit = "complexity";
            message = message + " (the limit of query complexity is " + ApiLimits.MAX_QUERY_COMPLEXITY
                    + "; fields below a list count once per requested item)";
        } else {
            limit = "aborted";
        }
        return GraphqlErrorBuilder.newError()
                .errorType(ErrorType.BAD_REQUEST)
                .message(message)
                .extensions(Map.of("limit", limit))
                .build();
    }

    private static boolean aborted(ResponseError error) {
        ErrorClassification type = error.getErrorType();
        return type != null && "ExecutionAborted".equals(type.toString());
    }

    private static GraphQLError asGraphQlError(ResponseError error) {
        return GraphqlErrorBuilder.newError()
                .errorType(error.getErrorType())
                .message(error.getMessage())
                .locations(error.getLocations())
                .path(error.getParsedPath())
                .extensions(error.getExtensions())
                .build();
    }
}
