package com.consortiumexplorer.explore;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP as Spring for GraphQL serves it, each response written by {@link ResponseJson} (Jackson for one
 * it leaves), with its length: a large answer is mostly maps of a few leaves, which Jackson spends much of a request's
 * time on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttp {

    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler, JsonMapper json) {
        return new GraphQlHttpHandler(handler) {
            @Override
            protected ServerResponse.HeadersBuilder.WriteFunction getWriteFunction(
                    Map<String, Object> result, MediaType contentType) {
                return (request, response) -> {
                    byte[] bytes = ResponseJson.bytes(result);
                    if (bytes == null) {
                        bytes = json.writeValueAsBytes(result);
                    }
                    response.setContentLength(bytes.length);
                    response.getOutputStream().write(bytes);
                    return null;
                };
            }
        };
    }
}
