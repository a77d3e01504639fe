package com.consortiumexplorer.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.ExplorerIntegrationTest;
import com.consortiumexplorer.explore.ApiLimits;
import com.consortiumexplorer.ingest.GraphImporter;
import com.consortiumexplorer.ingest.ImportReport;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input over HTTP: malformed GraphQL and request bodies, queries beyond the depth, complexity and page
 * limits, alias and fragment bombs, very long strings, wrong types, unknown ids, Cypher-injection strings in
 * every text argument and filter of the schema, and oversized uploads. Each is answered with a clear error (a
 * message and a classification, never an internal error), no answer carries a stack trace or class names
 * ({@link ApiProbe} checks every body), and the graph is the same size afterwards.
 */
@ExplorerIntegrationTest
class HostileInputIT {

    /** Strings that would break out of a Cypher string, identifier or Lucene query if concatenated into one. */
    static final List<String> INJECTIONS = List.of(
            "' OR 1=1 //",
            "x\"}) MATCH (n) DETACH DELETE n //",
            "x'}) MATCH (n) DETACH DELETE n RETURN 1 //",
            "` MATCH (n) DETACH DELETE n //",
            "$id 1 UNION MATCH (n) RETURN n *:* OR name:*");

    /** Error classifications that tell a client what it did wrong; INTERNAL_ERROR is not among them. */
    private static final Set<String> CLEAR =
            Set.of("BAD_REQUEST", "NOT_FOUND", "ValidationError", "InvalidSyntax", "FORBIDDEN", "UNAUTHORIZED");

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    GraphImporter importer;

    @TempDir
    Path folder;

    private final JsonMapper json = JsonMapper.builder().build();

    private ApiProbe api() {
        return new ApiProbe(port);
    }

    /** Sends addOrganization as the editor and returns its payload. */
    private JsonNode addOrganization(Map<String, Object> input, String selection) {
        ApiProbe api = api();
        return api.body(api.graphql(
                        ApiProbe.EDITOR,
                        "mutation($input: AddOrganizationInput!) { addOrganization(input: $input) { " + selection
                                + " } }",
                        Map.of("input", input)))
                .path("data")
                .path("addOrganization");
    }

    /** Asserts that an answer is a clear GraphQL error, and returns its first message. */
    private String clearError(HttpResponse<String> response) {
        assertThat(response.statusCode()).isIn(200, 400);
        JsonNode errors = json.readTree(response.body()).path("errors");
        assertThat(errors.isArray() && !errors.isEmpty())
                .as("errors in %s", response.body())
                .isTrue();
        for (JsonNode error : errors) {
            assertThat(error.path("message").asString()).isNotBlank();
            assertThat(error.path("extensions").path("classification").asString())
                    .as(response.body())
                    .isIn(CLEAR);
        }
        return errors.path(0).path("message").asString();
    }

    /** Asserts that an answer has no error other than clear ones (a null or empty result is fine). */
    private void noInternalError(HttpResponse<String> response) {
        assertThat(response.statusCode()).isIn(200, 400);
        for (JsonNode error : json.readTree(response.body()).path("errors")) {
            assertThat(error.path("extensions").path("classification").asString())
                    .as(response.body())
                    .isIn(CLEAR);
        }
    }

    @Test
    void malformedRequestsAreBadRequests() {
        ApiProbe api = api();
        ApiProbe.GraphSize before = ApiProbe.size(driver);
        for (String query : List.of(
                "{ organizations(first: 2) { ",
                "mutation { addOrganization(input: {type: ENTERPRISE, name: \"x\"} { organization { id } } }",
                "query { organization(id: \"a\") { id } } query { organization(id: \"b\") { id } }",
                "{ organization(id: \"x\") { id }} }}}",
                "\u0000\u0001\u0002",
                "")) {
            assertThat(clearError(api.graphql(ApiProbe.EDITOR, query, Map.of())))
                    .isNotBlank();
        }
        for (String body : List.of(
                "{query: nope",
                "{\"query\": 42}",
                "{\"query\": \"{ organizations { totalCount } }\", \"variables\": \"not an object\"}",
                "\u00ff\u00fe\u0000garbage")) {
            HttpResponse<String> response = api.post(ApiProbe.EDITOR, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
        }
        for (String notAnObject : List.of("null", " [] ", "42", "\"query\"")) {
            assertThat(clearError(api.post(ApiProbe.EDITOR, notAnObject))).contains("must be a JSON object");
        }
        assertThat(ApiProbe.size(driver)).isEqualTo(before);
    }

    @Test
    void queriesBeyondTheDepthComplexityAndPageLimitsAreRefusedNamingTheLimit() {
        ApiProbe api = api();
        String nested = "id";
        for (int i = 0; i < 9; i++) {
            nested = "collaborations { partner { " + nested + " } }";
        }
        assertThat(clearError(api.graphql(null, "{ organization(id: \"x\") { " + nested + " } }", Map.of())))
                .contains(String.valueOf(ApiLimits.MAX_QUERY_DEPTH));

        String aliasBomb = IntStream.range(0, 60)
                .mapToObj(i -> "a" + i + ": organizations(first: 500) { edges { node { id name } } }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        assertThat(clearError(api.graphql(null, aliasBomb, Map.of())))
                .contains(String.valueOf(ApiLimits.MAX_QUERY_COMPLEXITY));

        String typenameBomb = IntStream.range(0, 30_000)
                .mapToObj(i -> "t" + i + ": __typename")
                .collect(Collectors.joining(" ", "{ ", " }"));
        // Cheap fields in bulk meet GraphQL Java's parser guard before any complexity is counted.
        assertThat(clearError(api.graphql(null, typenameBomb, Map.of()))).contains("tokens");

        for (String query : List.of(
                "{ organizations(first: 501) { totalCount } }",
                "{ organizations(first: 0) { totalCount } }",
                "{ organizations(first: -1) { totalCount } }",
                "{ organizations(first: 2147483647) { totalCount } }",
                "{ programs(first: 100000) { totalCount } }",
                "{ majors(first: 501) { totalCount } }",
                "{ search(text: \"宜宾\", first: 51) { score } }",
                "{ neighborhood(id: \"x\", limit: 5001) { truncated } }",
                "{ neighborhood(id: \"x\", depth: 4) { truncated } }",
                "{ shortestPath(from: \"a\", to: \"b\", maxLength: 9) { length } }",
                "{ auditTrail(first: 501) { id } }")) {
            assertThat(clearError(api.graphql(ApiProbe.ADMIN, query, Map.of())))
                    .as(query)
                    .containsPattern("\\d");
        }
    }

    @Test
    void fragmentCyclesAndFragmentBombsAreRefused() {
        ApiProbe api = api();
        assertThat(clearError(api.graphql(
                        null,
                        "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A organizations { totalCount } }",
                        Map.of())))
                .isNotBlank();

        // Each fragment spreads the one below it twice, under two aliases: 2^12 copies of the innermost field.
        StringBuilder laughs = new StringBuilder("query { organization(id: \"x\") { ...F12 } }\n")
                .append("fragment F0 on Organization { id name }\n");
        for (int i = 1; i <= 12; i++) {
            laughs.append(
                    "fragment F%d on Organization { a: collaborations { partner { ...F%d } } b: collaborations { partner { ...F%d } } }\n"
                            .formatted(i, i - 1, i - 1));
        }
        assertThat(clearError(api.graphql(null, laughs.toString(), Map.of()))).isNotBlank();
    }

    @Test
    void veryLongStringsAreRefusedOrTreatedAsPlainText() {
        ApiProbe api = api();
        ApiProbe.GraphSize before = ApiProbe.size(driver);
        String id = "long-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode payload = addOrganization(
                Map.of(
                        "id",
                        id,
                        "type",
                        "ENTERPRISE",
                        "name",
                        "长".repeat(100_000),
                        "description",
                        "x".repeat(1_000_000)),
                "organization { id } userErrors { field code }");
        assertThat(payload.path("organization").isNull()).isTrue();
        assertThat(payload.path("userErrors").findValuesAsString("code")).containsOnly("OUT_OF_RANGE");

        assertThat(clearError(api.graphql(
                        null,
                        "query($t: String!) { search(text: $t) { score } }",
                        Map.of("t", "宜宾 lithium ".repeat(20_000)))))
                .contains("at most 200 characters");
        JsonNode unknown = api.body(api.graphql(
                        null, "query($id: ID!) { organization(id: $id) { id } }", Map.of("id", "x".repeat(100_000))))
                .path("data");
        assertThat(unknown.path("organization").isNull()).isTrue();
        assertThat(ApiProbe.size(driver)).isEqualTo(before);
    }

    @Test
    void wrongTypesAreValidationErrors() {
        ApiProbe api = api();
        ApiProbe.GraphSize before = ApiProbe.size(driver);
        String add = "mutation($input: AddOrganizationInput!) { addOrganization(input: $input) {"
                + " organization { id } userErrors { code } } }";
        List<HttpResponse<String>> responses = List.of(
                api.graphql(null, "{ organizations(first: \"ten\") { totalCount } }", Map.of()),
                api.graphql(
                        null,
                        "query($first: Int) { organizations(first: $first) { totalCount } }",
                        Map.of("first", "abc")),
                api.graphql(
                        ApiProbe.EDITOR,
                        "mutation { addOrganization(input: {type: BANANA, name: \"x\"}) { userErrors { code } } }",
                        Map.of()),
                api.graphql(ApiProbe.EDITOR, add, Map.of("input", Map.of("type", "ENTERPRISE", "name", 42))),
                api.graphql(
                        ApiProbe.EDITOR,
                        add,
                        Map.of("input", Map.of("type", "ENTERPRISE", "name", "x", "founded", 99_999_999_999L))),
                api.graphql(
                        ApiProbe.EDITOR, add, Map.of("input", Map.of("type", "ENTERPRISE", "name", "x", "evil", "y"))),
                api.graphql(
                        ApiProbe.EDITOR,
                        "mutation { addProject(input: {name: \"x\", kind: RESEARCH, start: \"2024-13-45\"})"
                                + " { userErrors { code } } }",
                        Map.of()),
                api.graphql(
                        ApiProbe.EDITOR,
                        "mutation { recordFlow(input: {kind: FUNDING, sourceId: \"a\", targetId: \"b\","
                                + " year: \"2020\"}) { userErrors { code } } }",
                        Map.of()));
        responses.forEach(this::clearError);
        assertThat(ApiProbe.size(driver)).isEqualTo(before);
    }

    @Test
    void unknownIdsAreNullsOrNotFoundUserErrors() {
        ApiProbe api = api();
        ApiProbe.GraphSize before = ApiProbe.size(driver);
        JsonNode read = api.body(api.graphql(
                        null,
                        "{ organization(id: \"no-such-org\") { id } node(id: \"no-such-node\") { id }"
                                + " program(id: \"no-such-program\") { id } }",
                        Map.of()))
                .path("data");
        assertThat(read.path("organization").isNull()).isTrue();
        assertThat(read.path("node").isNull()).isTrue();
        assertThat(read.path("program").isNull()).isTrue();

        for (String mutation : List.of(
                "addCollaboration(input: {organizationId: \"no-such-a\", partnerId: \"no-such-b\", kind: JOINT_TRAINING})",
                "recordFlow(input: {kind: FUNDING, sourceId: \"no-such-a\", targetId: \"no-such-b\", year: 2020,"
                        + " amount: 1, channel: GRANT})",
                "updateOrganization(input: {id: \"no-such-org\", version: 0, name: \"x\"})",
                "setMajorOffer(input: {collegeId: \"no-such-college\", majorCode: \"000000\", annualIntake: 5})",
                "addParticipant(input: {organizationId: \"no-such-a\", activityId: \"no-such-b\", role: PARTNER})",
                "removeOrganization(input: {id: \"no-such-org\", version: 0, detach: true})")) {
            JsonNode payload = api.body(api.graphql(
                            ApiProbe.ADMIN, "mutation { m: " + mutation + " { userErrors { code } } }", Map.of()))
                    .path("data")
                    .path("m");
            assertThat(payload.path("userErrors").findValuesAsString("code"))
                    .as(mutation)
                    .contains("NOT_FOUND");
        }
        for (String query : List.of(
                "{ neighborhood(id: \"no-such-org\") { truncated } }",
                "{ shortestPath(from: \"no-such-a\", to: \"no-such-b\") { length } }",
                "{ collaborationGaps(organizationId: \"no-such-org\") { score } }",
                "{ consortiumGaps(consortiumId: \"no-such-consortium\") { score } }",
                "{ resourceFlows(consortiumId: \"no-such-consortium\") { totals { value } } }")) {
            noInternalError(api.graphql(null, query, Map.of()));
        }
        assertThat(ApiProbe.size(driver)).isEqualTo(before);
    }

    /**
     * Walks the schema by introspection and sends every field of Query and Mutation with an injection string in
     * each text (String or ID) argument and each text field of its input objects, one at a time for queries and
     * all at once for mutations (whose ids then never exist, so nothing may be written).
     */
    @Test
    void cypherInjectionInEveryTextArgumentAndFilterIsOnlyEverText() {
        ApiProbe api = api();
        JsonNode types = api.body(api.graphql(ApiProbe.ADMIN, INTROSPECTION, Map.of()))
                .path("data")
                .path("__schema")
                .path("types");
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        types.forEach(type -> byName.put(type.path("name").asString(), type));
        Schema schema = new Schema(byName);
        ApiProbe.GraphSize before = ApiProbe.size(driver);
        int requests = 0;
        for (String injection : INJECTIONS) {
            for (JsonNode field : byName.get("Query").path("fields")) {
                for (String arguments : schema.variantsOf(field, injection)) {
                    noInternalError(api.graphql(
                            ApiProbe.ADMIN,
                            "{ " + field.path("name").asString() + arguments + schema.selection(field) + " }",
                            Map.of()));
                    requests++;
                }
            }
            for (JsonNode field : byName.get("Mutation").path("fields")) {
                // Issuing a token has no id to get wrong: its name is free text and stored as such (tested below).
                if (field.path("name").asString().equals("issueApiToken")) {
                    continue;
                }
                String arguments = schema.allTextOf(field, injection);
                if (arguments != null) {
                    noInternalError(api.graphql(
                            ApiProbe.ADMIN,
                            "mutation { " + field.path("name").asString() + arguments + schema.selection(field) + " }",
                            Map.of()));
                    requests++;
                }
            }
        }
        assertThat(requests).isGreaterThan(INJECTIONS.size() * 40);
        assertThat(ApiProbe.size(driver)).isEqualTo(before);
    }

    @Test
    void injectionStringsInFreeTextAreStoredVerbatimAndChangeNothingElse() {
        String id = "inj-" + UUID.randomUUID().toString().substring(0, 8);
        ApiProbe.GraphSize before = ApiProbe.size(driver);
        try {
            JsonNode organization = addOrganization(
                            Map.of(
                                    "id", id,
                                    "type", "ENTERPRISE",
                                    "name", INJECTIONS.get(1),
                                    "nameEn", INJECTIONS.get(2),
                                    "city", INJECTIONS.get(3),
                                    "description", INJECTIONS.get(4)),
                            "organization { id name nameEn city description } userErrors { code }")
                    .path("organization");
            assertThat(organization.path("name").asString()).isEqualTo(INJECTIONS.get(1));
            assertThat(organization.path("nameEn").asString()).isEqualTo(INJECTIONS.get(2));
            assertThat(organization.path("city").asString()).isEqualTo(INJECTIONS.get(3));
            assertThat(organization.path("description").asString()).isEqualTo(INJECTIONS.get(4));
            // One organization and its audit entry, nothing else.
            assertThat(ApiProbe.size(driver))
                    .isEqualTo(new ApiProbe.GraphSize(before.nodes() + 2, before.relationships()));
        } finally {
            driver.executableQuery("""
                            MATCH (n) WHERE (n:Organization AND n.id = $id) OR (n:AuditEntry AND n.entityId = $id)
                            DETACH DELETE n
                            """).withParameters(Map.of("id", id)).execute();
        }
    }

    @Test
    void oversizedAndUnsupportedUploadsAreRefusedWithAClearMessage() {
        ApiProbe api = api();
        ApiProbe.GraphSize before = ApiProbe.size(driver);
        HttpResponse<String> tooLarge = api.send(
                ApiProbe.ADMIN,
                "/api/import",
                "multipart/form-data; boundary=b",
                HttpRequest.BodyPublishers.ofByteArray(upload("b", "city.json", OVERSIZED_UPLOAD_BYTES)));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(json.readTree(tooLarge.body()).path("error").asString()).contains("larger than");

        HttpResponse<String> wrongKind = api.send(
                ApiProbe.ADMIN,
                "/api/import",
                "multipart/form-data; boundary=b",
                HttpRequest.BodyPublishers.ofByteArray(upload("b", "city.exe", 100)));
        assertThat(wrongKind.statusCode()).isEqualTo(400);
        assertThat(json.readTree(wrongKind.body()).path("error").asString()).contains(".json");
        assertThat(ApiProbe.size(driver)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "hostile-admin", roles = "ADMIN")
    void malformedAndMisEncodedImportFilesAreRejectedWithProblemsAndWriteNothing() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("not closed|Industry.csv", "code,name\nZZ01,\"未闭合\n".getBytes(StandardCharsets.UTF_8));
        files.put("fields but the header has|Industry.csv", "code,name\nZZ02,a,b\n".getBytes(StandardCharsets.UTF_8));
        files.put("not UTF-8|Industry.csv", "code,name\nZZ03,宜宾锂电\n".getBytes(Charset.forName("GBK")));
        files.put("not UTF-8|Major.csv", "code,name\nZZ04,x\n".getBytes(StandardCharsets.UTF_16));
        files.put(
                "unknown column|Industry.csv",
                "code,name,`}) DETACH DELETE n //\nZZ05,x,y\n".getBytes(StandardCharsets.UTF_8));
        files.put("empty|Industry.csv", new byte[0]);
        files.put(
                "not valid JSON|city.json",
                "{\"format\": \"consortium-explorer\", \"nodes\": [".getBytes(StandardCharsets.UTF_8));
        files.put("not UTF-8|city.json", "{\"format\": \"宜宾\"}".getBytes(Charset.forName("GBK")));
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        files.put("|Industry.csv", noise);
        ApiProbe.GraphSize before = ApiProbe.size(driver);
        int n = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String[] expectation = file.getKey().split("\\|");
            Path input = Files.createDirectories(folder.resolve("case-" + n++)).resolve(expectation[1]);
            Files.write(input, file.getValue());
            ImportReport report = importer.importData(input, 100, "hostile-admin", (phase, done, total) -> {});
            assertThat(report.status()).as(file.getKey()).isEqualTo(ImportReport.Status.REJECTED);
            assertThat(report.problems()).as(file.getKey()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.message()).isNotBlank();
                ApiProbe.assertNoInternals(problem.message());
            });
            assertThat(report.problems().getFirst().message()).as(file.getKey()).contains(expectation[0]);
        }
        assertThat(ApiProbe.size(driver)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "hostile-admin", roles = "ADMIN")
    void aCsvFileWithTheByteOrderMarkSpreadsheetsWriteIsRead() throws Exception {
        String code = "ZB" + UUID.randomUUID().toString().substring(0, 4);
        Path input = Files.createDirectories(folder.resolve("bom")).resolve("Industry.csv");
        Files.write(input, ("\uFEFFcode,name\n" + code + ",带签名的文件\n").getBytes(StandardCharsets.UTF_8));
        try {
            ImportReport report = importer.importData(input, 100, "hostile-admin", (phase, done, total) -> {});
            assertThat(report.problems()).isEmpty();
            assertThat(report.nodes()).isEqualTo(1);
        } finally {
            driver.executableQuery("MATCH (i:Industry {code: $code}) DETACH DELETE i")
                    .withParameters(Map.of("code", code))
                    .execute();
        }
    }

    /** One byte past the upload limit the tests run with (see {@link ExplorerIntegrationTest}). */
    private static final int OVERSIZED_UPLOAD_BYTES = 8 * 1024 * 1024 + 1;

    private static byte[] upload(String boundary, String fileName, int size) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + size + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        java.util.Arrays.fill(body, head.length, head.length + size, (byte) ' ');
        System.arraycopy(tail, 0, body, head.length + size, tail.length);
        return body;
    }

    private static final String INTROSPECTION = """
            { __schema { types { name kind
                fields { name args { name type { ...T } } type { ...T } }
                inputFields { name type { ...T } }
                enumValues { name } } } }
            fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
            """;

    /** Builds argument lists from the introspected schema. */
    private record Schema(Map<String, JsonNode> types) {

        /** The selection a field needs: {@code { __typename }} for composite types, nothing for scalars. */
        String selection(JsonNode field) {
            String kind = types.get(named(field.path("type"))).path("kind").asString();
            return Set.of("OBJECT", "INTERFACE", "UNION").contains(kind) ? " { __typename }" : "";
        }

        /** One argument list per text leaf, that leaf (and every required text leaf) holding the injection. */
        List<String> variantsOf(JsonNode field, String injection) {
            List<String> variants = new ArrayList<>();
            int leaves = countTextLeaves(field.path("args"), 0);
            for (int leaf = -1; leaf < leaves; leaf++) {
                int[] counter = {0};
                String arguments = arguments(field.path("args"), injection, leaf, counter, false);
                if (arguments != null && !variants.contains(arguments)) {
                    variants.add(arguments);
                }
            }
            return variants;
        }

        /** The argument list with every text leaf, required or not, holding the injection. */
        String allTextOf(JsonNode field, String injection) {
            return arguments(field.path("args"), injection, -1, new int[] {0}, true);
        }

        private int countTextLeaves(JsonNode inputs, int depth) {
            int count = 0;
            for (JsonNode input : inputs) {
                JsonNode type = types.get(named(input.path("type")));
                if (isText(type)) {
                    count++;
                } else if (type.path("kind").asString().equals("INPUT_OBJECT") && depth < 2) {
                    count += countTextLeaves(type.path("inputFields"), depth + 1);
                }
            }
            return count;
        }

        private String arguments(JsonNode inputs, String injection, int leaf, int[] counter, boolean allText) {
            String fields = fields(inputs, injection, leaf, counter, allText, 0);
            if (fields == null) {
                return null;
            }
            return fields.isEmpty() ? "" : "(" + fields + ")";
        }

        /** {@code name: value, …}, or null when a required input cannot be made. */
        private String fields(JsonNode inputs, String injection, int leaf, int[] counter, boolean allText, int depth) {
            List<String> parts = new ArrayList<>();
            for (JsonNode input : inputs) {
                JsonNode typeRef = input.path("type");
                boolean required = typeRef.path("kind").asString().equals("NON_NULL");
                String value = value(input.path("name").asString(), typeRef, injection, leaf, counter, allText, depth);
                if (value == null && required) {
                    return null;
                }
                if (value != null && (required || !value.isEmpty())) {
                    parts.add(input.path("name").asString() + ": " + value);
                }
            }
            return String.join(", ", parts);
        }

        private String value(
                String name, JsonNode typeRef, String injection, int leaf, int[] counter, boolean allText, int depth) {
            boolean required = typeRef.path("kind").asString().equals("NON_NULL");
            JsonNode unwrapped = required ? typeRef.path("ofType") : typeRef;
            boolean list = unwrapped.path("kind").asString().equals("LIST");
            JsonNode type = types.get(named(typeRef));
            String value;
            if (isText(type)) {
                boolean chosen = counter[0]++ == leaf;
                value = chosen || required || allText ? quoted(injection) : "";
            } else if (!required) {
                String object = type.path("kind").asString().equals("INPUT_OBJECT") && depth < 2
                        ? object(type, injection, leaf, counter, allText, depth)
                        : null;
                value = object == null || object.equals("{}") ? "" : object;
            } else {
                value = switch (type.path("kind").asString()) {
                    case "ENUM" -> type.path("enumValues").path(0).path("name").asString();
                    case "INPUT_OBJECT" -> depth < 2 ? object(type, injection, leaf, counter, allText, depth) : null;
                    default -> scalar(name, type.path("name").asString());
                };
            }
            if (value == null || value.isEmpty()) {
                return value;
            }
            return list ? "[" + value + "]" : value;
        }

        private String object(JsonNode type, String injection, int leaf, int[] counter, boolean allText, int depth) {
            String fields = fields(type.path("inputFields"), injection, leaf, counter, allText, depth + 1);
            return fields == null ? null : "{" + fields + "}";
        }

        private static String scalar(String name, String scalar) {
            return switch (scalar) {
                case "Int" -> name.toLowerCase().contains("year") || name.equals("founded") ? "2020" : "1";
                case "Float" -> "1.0";
                case "Boolean" -> "false";
                case "Date" -> "\"2020-01-01\"";
                case "DateTime" -> "\"2020-01-01T00:00:00Z\"";
                default -> null;
            };
        }

        private static boolean isText(JsonNode type) {
            String name = type.path("name").asString();
            return name.equals("String") || name.equals("ID") || name.equals("JSON");
        }

        private static String named(JsonNode typeRef) {
            JsonNode type = typeRef;
            while (type.path("name").isNull() || type.path("name").isMissingNode()) {
                type = type.path("ofType");
            }
            return type.path("name").asString();
        }

        private static String quoted(String text) {
            return JsonMapper.builder().build().writeValueAsString(text);
        }
    }
}
