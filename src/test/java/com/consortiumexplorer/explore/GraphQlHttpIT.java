package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.ExplorerIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.ClientResponseField;
import org.springframework.graphql.execution.GraphQlSource;
import tools.jackson.databind.json.JsonMapper;

/** GraphQL over HTTP as the specification asks, and the limits every request is held to. */
@ExplorerIntegrationTest
class GraphQlHttpIT {

    @LocalServerPort
    int port;

    @Autowired
    GraphQlSource graphQlSource;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String query, String variables, String accept) throws Exception {
        String url = "http://localhost:" + port + "/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (variables == null ? "" : "&variables=" + URLEncoder.encode(variables, StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", accept)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String body, String accept) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                        .header("Content-Type", "application/json")
                        .header("Accept", accept)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void queriesCanBeSentWithGetButMutationsCannot() throws Exception {
        HttpResponse<String> json = get(
                "query one($id: ID!) { organization(id: $id) { id name } }",
                "{\"id\":\"col-ybvtc\"}",
                "application/json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(json.body()).contains("\"id\":\"col-ybvtc\"").contains("宜宾金沙职业技术学院");

        HttpResponse<String> graphqlResponse =
                get("{ consortium(id: \"cons-battery\") { name } }", null, "application/graphql-response+json");
        assertThat(graphqlResponse.statusCode()).isEqualTo(200);
        assertThat(graphqlResponse.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/graphql-response+json"));

        HttpResponse<String> mutation = get(
                "mutation { removeOrganization(input: {id: \"col-ybvtc\", version: 0}) { removedId } }",
                null,
                "application/json");
        assertThat(mutation.statusCode()).isEqualTo(405);
        assertThat(mutation.headers().firstValue("Allow")).hasValue("POST");

        assertThat(get(" ", null, "application/json").statusCode()).isEqualTo(400);
        assertThat(get("{ organization(id: \"x\") { id } }", "[1]", "application/json")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void responsesAreTheBytesJacksonWritesWithTheirLength() throws Exception {
        List<String> bodies = List.of(
                        "{ organization(id: \"col-ybvtc\") { id name nameEn founded"
                                + " memberships { role since consortium { id name } } collaborations { kind partner { id } } } }",
                        "{ neighborhood(id: \"cons-battery\", depth: 2) { nodes { id name degree } edges { source target fromYear } } }",
                        "{ nothingHere }")
                .stream()
                .map(query -> json.writeValueAsString(Map.of("query", query)))
                .toList();
        for (String body : bodies) {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            byte[] bytes = response.body();
            assertThat(response.statusCode()).as(body).isEqualTo(200);
            assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(bytes.length);
            assertThat(new String(bytes, StandardCharsets.UTF_8))
                    .as(body)
                    .doesNotContain("\"errors\":[{\"message\":\"INTERNAL");
            assertThat(bytes).as(body).isEqualTo(json.writeValueAsBytes(json.readValue(bytes, Object.class)));
        }
    }

    @Test
    void requestErrorsAre400WithTheGraphQlResponseMediaType() throws Exception {
        HttpResponse<String> syntax =
                post("{\"query\":\"{ organizations(first: 2) { \"}", "application/graphql-response+json");
        assertThat(syntax.statusCode()).isEqualTo(400);
        assertThat(syntax.body()).contains("errors").doesNotContain("at com.").doesNotContain("Exception");

        HttpResponse<String> unknownField =
                post("{\"query\":\"{ nothingHere }\"}", "application/graphql-response+json");
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(unknownField.body()).contains("ValidationError");

        HttpResponse<String> legacy = post("{\"query\":\"{ nothingHere }\"}", "application/json");
        assertThat(legacy.statusCode()).isEqualTo(200);

        HttpResponse<String> notJson = post("{query: nope", "application/graphql-response+json");
        assertThat(notJson.statusCode()).isEqualTo(400);
    }

    @Test
    void theSchemaIsPrintedAtAStableUrl() throws Exception {
        HttpResponse<String> schema = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql/schema"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.body())
                .contains("interface Organization implements Node")
                .contains("graphChanged")
                .contains("joinConsortium");
    }

    @Test
    void theGuardsAreTheSchemasOnlyInstrumentationSoNothingRunsPerField() {
        assertThat(graphQlSource.graphQl().getInstrumentation()).isInstanceOf(OperationGuards.class);
    }

    @Test
    void tooDeepTooComplexAndTooLargeRequestsAreBadRequestsNamingTheLimit() {
        var graphql = GraphQlClients.anonymous(port);
        ClientGraphQlResponse deep =
                graphql.documentName("tooDeep").variable("id", "col-ybvtc").executeSync();
        assertThat(deep.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(e.getExtensions()).containsEntry("limit", "depth");
            assertThat(e.getMessage()).contains(String.valueOf(ApiLimits.MAX_QUERY_DEPTH));
        });
        ClientGraphQlResponse complex = graphql.documentName("tooComplex").executeSync();
        assertThat(complex.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(e.getExtensions()).containsEntry("limit", "complexity");
        });
        ClientGraphQlResponse large =
                graphql.documentName("majors").variable("first", 501).executeSync();
        assertThat(large.getErrors()).singleElement().satisfies(e -> {
            assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(e.getMessage()).contains("first must be between 1 and 500");
        });
        ClientResponseField ok = graphql.documentName("majors")
                .variable("first", 500)
                .executeSync()
                .field("majors.totalCount");
        assertThat(ok.toEntity(Long.class)).isPositive();
    }

    @Test
    void theDepthAndComplexityVerdictsFollowTheVariablesOfARepeatedDocument() {
        var graphql = GraphQlClients.anonymous(port);
        // the same document passes and is refused in turn, each time as its variables decide
        for (int round = 0; round < 2; round++) {
            ClientGraphQlResponse small =
                    graphql.documentName("tooComplex").variable("first", 3).executeSync();
            assertThat(small.getErrors()).isEmpty();
            assertThat(small.field("organizations.edges").toEntityList(Object.class))
                    .hasSize(3);
            ClientGraphQlResponse large =
                    graphql.documentName("tooComplex").variable("first", 500).executeSync();
            assertThat(large.getErrors()).singleElement().satisfies(e -> {
                assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                assertThat(e.getExtensions()).containsEntry("limit", "complexity");
            });
            assertThat((Object) large.field("organizations").getValue()).isNull();
        }
    }
}
