package com.consortiumexplorer.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.ExplorerIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Roles, users, API tokens, the audit trail and protected endpoints, over HTTP against the running app. */
@ExplorerIntegrationTest
class SecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> graphql(String authorization, String query, Map<String, Object> variables)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("query", query, "variables", variables))));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private final String admin = basic(ExplorerIntegrationTest.ADMIN, ExplorerIntegrationTest.ADMIN_PASSWORD);
    private final String editor = basic(ExplorerIntegrationTest.EDITOR, ExplorerIntegrationTest.EDITOR_PASSWORD);

    @Test
    void anonymousVisitorsReadButOnlyAdministratorsManageUsers() throws Exception {
        HttpResponse<String> read = graphql(null, "{ organizations(first: 1) { totalCount } }", Map.of());
        assertThat(body(read)
                        .path("data")
                        .path("organizations")
                        .path("totalCount")
                        .asInt())
                .isPositive();

        assertThat(ApiProbe.classification(graphql(null, "{ users { username } }", Map.of())))
                .isEqualTo("UNAUTHORIZED");
        assertThat(ApiProbe.classification(graphql(editor, "{ users { username } }", Map.of())))
                .isEqualTo("FORBIDDEN");
        JsonNode users = body(graphql(admin, "{ users { username roles } }", Map.of()))
                .path("data")
                .path("users");
        assertThat(users.findValuesAsString("username"))
                .contains(ExplorerIntegrationTest.ADMIN, ExplorerIntegrationTest.EDITOR);
    }

    @Test
    void usersAreStoredWithBcryptHashesAndSignInWithTheirPassword() throws Exception {
        String username = "u-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "correct horse battery";
        HttpResponse<String> added = graphql(
                admin,
                """
                mutation($input: AddUserInput!) { addUser(input: $input) { user { username roles } userErrors { message } } }
                """,
                Map.of("input", Map.of("username", username, "password", password, "roles", new String[] {"VIEWER"})));
        assertThat(body(added)
                        .path("data")
                        .path("addUser")
                        .path("user")
                        .path("username")
                        .asString())
                .isEqualTo(username);

        String hash = driver.executableQuery("MATCH (u:User {username: $u}) RETURN u.passwordHash AS h")
                .withParameters(Map.of("u", username))
                .execute()
                .records()
                .getFirst()
                .get("h")
                .asString();
        assertThat(hash).startsWith("$2a$").doesNotContain(password);

        JsonNode me = body(graphql(basic(username, password), "{ me { name roles } }", Map.of()))
                .path("data")
                .path("me");
        assertThat(me.path("name").asString()).isEqualTo(username);
        assertThat(me.path("roles").path(0).asString()).isEqualTo("VIEWER");
        assertThat(graphql(basic(username, "wrong password!"), "{ me { name } }", Map.of())
                        .statusCode())
                .isEqualTo(401);

        HttpResponse<String> tooShort = graphql(
                admin,
                "mutation($input: AddUserInput!) { addUser(input: $input) { user { username } userErrors { message code } } }",
                Map.of("input", Map.of("username", username + "x", "password", "short", "roles", new String[] {"VIEWER"
                })));
        JsonNode payload = body(tooShort).path("data").path("addUser");
        assertThat(payload.path("user").isNull()).isTrue();
        assertThat(payload.path("userErrors").path(0).path("message").asString())
                .contains("12 to 72");
    }

    @Test
    void apiTokensAreShownOnceStoredHashedAndStopWorkingWhenRevoked() throws Exception {
        String name = "dashboard-" + UUID.randomUUID();
        JsonNode issued = body(graphql(
                        admin, """
                        mutation($input: IssueApiTokenInput!) {
                          issueApiToken(input: $input) { secret token { id name role revoked } userErrors { message } }
                        }
                        """, Map.of("input", Map.of("name", name, "role", "EDITOR", "validDays", 1))))
                .path("data")
                .path("issueApiToken");
        String secret = issued.path("secret").asString();
        String id = issued.path("token").path("id").asString();
        assertThat(secret).startsWith(ApiTokens.PREFIX);

        Map<String, Object> stored = driver.executableQuery("MATCH (t:ApiToken {id: $id}) RETURN properties(t) AS p")
                .withParameters(Map.of("id", id))
                .execute()
                .records()
                .getFirst()
                .get("p")
                .asMap();
        assertThat(stored.get("hash")).isEqualTo(Secrets.sha256(secret));
        assertThat(stored.values()).doesNotContain(secret);

        JsonNode me = body(graphql("Bearer " + secret, "{ me { name roles } }", Map.of()))
                .path("data")
                .path("me");
        assertThat(me.path("name").asString()).isEqualTo("token:" + name);
        assertThat(me.path("roles").path(0).asString()).isEqualTo("EDITOR");

        graphql(
                admin,
                "mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { token { revoked } } }",
                Map.of("input", Map.of("id", id)));
        HttpResponse<String> revoked = graphql("Bearer " + secret, "{ me { name } }", Map.of());
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(ApiProbe.classification(revoked)).isEqualTo("UNAUTHORIZED");
        assertThat(graphql("Bearer cex_forged", "{ me { name } }", Map.of()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String secret = ApiTokens.PREFIX + "expired-" + UUID.randomUUID();
        driver.executableQuery("""
                        CREATE (:ApiToken {id: $id, name: 'old', role: 'ADMIN', hash: $hash, revoked: false,
                                           createdAt: datetime($created), expiresAt: datetime($expires)})
                        """)
                .withParameters(Map.of(
                        "id", UUID.randomUUID().toString(),
                        "hash", Secrets.sha256(secret),
                        "created", Instant.now().minusSeconds(7200).toString(),
                        "expires", Instant.now().minusSeconds(60).toString()))
                .execute();
        assertThat(graphql("Bearer " + secret, "{ users { username } }", Map.of())
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void everyCommittedChangeIsInTheAuditTrailAndItsExport() throws Exception {
        String username = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        graphql(
                admin,
                "mutation($input: AddUserInput!) { addUser(input: $input) { user { username } } }",
                Map.of(
                        "input",
                        Map.of("username", username, "password", "a sufficiently long one", "roles", new String[] {
                            "EDITOR"
                        })));
        JsonNode entries = body(graphql(
                        admin,
                        "query($id: ID) { auditTrail(entityId: $id) { actor operation entityType entityId after } }",
                        Map.of("id", username)))
                .path("data")
                .path("auditTrail");
        assertThat(entries.size()).isEqualTo(1);
        assertThat(entries.path(0).path("actor").asString()).isEqualTo(ExplorerIntegrationTest.ADMIN);
        assertThat(entries.path(0).path("operation").asString()).isEqualTo("addUser");
        assertThat(entries.path(0).path("after").asString()).contains("EDITOR");

        HttpResponse<String> csv = get("/api/audit.csv", admin);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("id,at,actor,operation").contains(username);
        assertThat(get("/api/audit.csv", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/audit.csv", editor).statusCode()).isEqualTo(403);
    }

    @Test
    void metricsNeedAnAdministratorAndPagesCarrySecurityHeaders() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(graphql(admin, "{ organization(id: \"col-sjpoly\") { name memberships { role } } }", Map.of())
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> metrics = get("/actuator/prometheus", admin);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count");
        // no observation per security filter or per GraphQL data fetcher: their cost was paid on every request
        assertThat(metrics.body()).doesNotContain("spring_security_filterchains", "graphql_datafetcher");
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);

        HttpResponse<String> page = get("/", null);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).isPresent();
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).isPresent();
    }
}
