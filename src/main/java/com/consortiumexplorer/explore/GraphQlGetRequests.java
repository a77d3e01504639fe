package com.consortiumexplorer.explore;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * GraphQL over HTTP GET, as the GraphQL-over-HTTP specification describes it: {@code query},
 * {@code operationName}, {@code variables} and {@code extensions} as URL parameters; queries only (a mutation
 * or subscription by GET is refused with 405 and {@code Allow: POST}, so a link can never change the graph).
 * POST stays with Spring for GraphQL.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlGetRequests {

    @Bean
    @Order(0)
    RouterFunction<ServerResponse> graphQlGet(
            @Value("${spring.graphql.http.path:/graphql}") String path, WebGraphQlHandler handler, ObjectMapper json) {
        return RouterFunctions.route(
                RequestPredicates.GET(path)
                        .and(request -> !request.headers().header(HttpHeaders.UPGRADE).stream()
                                .anyMatch(value -> value.equalsIgnoreCase("websocket"))),
                request -> get(request, handler, json));
    }

    private static ServerResponse get(ServerRequest request, WebGraphQlHandler handler, ObjectMapper json) {
        MediaType mediaType = request.headers().accept().stream()
                        .anyMatch(accept -> accept.isCompatibleWith(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
                                && !accept.isWildcardType())
                ? MediaTypes.APPLICATION_GRAPHQL_RESPONSE
                : MediaType.APPLICATION_JSON;
        Optional<String> query = request.param("query");
        if (query.isEmpty() || query.get().isBlank()) {
            return requestError(mediaType, "A GET request needs a query parameter");
        }
        String operationName =
                request.param("operationName").filter(name -> !name.isBlank()).orElse(null);
        Map<String, Object> variables;
        Map<String, Object> extensions;
        try {
            variables = jsonObject(json, request.param("variables"));
            extensions = jsonObject(json, request.param("extensions"));
        } catch (JacksonException | IllegalArgumentException e) {
            return requestError(mediaType, "variables and extensions must be JSON objects");
        }
        if (!isQuery(query.get(), operationName)) {
            return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
                    .allow(HttpMethod.POST)
                    .contentType(mediaType)
                    .body(errorBody("Only queries can be sent with GET; send mutations and subscriptions with POST"));
        }
        WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(
                request.uri(),
                request.headers().asHttpHeaders(),
                new LinkedMultiValueMap<>(),
                request.remoteAddress().orElse((InetSocketAddress) null),
                request.attributes(),
                new DefaultGraphQlRequest(query.get(), operationName, variables, extensions),
                java.util.UUID.randomUUID().toString(),
                request.servletRequest().getLocale());
        WebGraphQlResponse response = handler.handleRequest(graphQlRequest).block();
        HttpStatus status = mediaType.equals(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
                        && !response.getExecutionResult().isDataPresent()
                ? HttpStatus.BAD_REQUEST
                : HttpStatus.OK;
        return ServerResponse.status(status)
                .headers(headers -> headers.putAll(response.getResponseHeaders()))
                .contentType(mediaType)
                .body(response.toMap());
    }

    /** Whether the operation to run is a query; syntax errors count as queries, so execution reports them. */
    static boolean isQuery(String query, String operationName) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return true;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(operation ->
                        operationName == null ? operations.size() == 1 : operationName.equals(operation.getName()))
                .findFirst()
                .map(operation -> operation.getOperation() == OperationDefinition.Operation.QUERY)
                .orElse(true);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonObject(ObjectMapper json, Optional<String> text) {
        if (text.isEmpty() || text.get().isBlank()) {
            return Map.of();
        }
        Object value = json.readValue(text.get(), Object.class);
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("Not a JSON object");
    }

    private static ServerResponse requestError(MediaType mediaType, String message) {
        return ServerResponse.badRequest().contentType(mediaType).body(errorBody(message));
    }

    private static Map<String, Object> errorBody(String message) {
        return Map.of(
                "errors", List.of(Map.of("message", message, "extensions", Map.of("classification", "BAD_REQUEST"))));
    }
}
