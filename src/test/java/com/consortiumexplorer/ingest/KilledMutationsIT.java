package com.consortiumexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the web application in a child JVM, sends it a stream of mutations from several clients at once, kills
 * it with SIGKILL while mutations are in flight, reopens the data folder it left and checks that the database
 * opens, that every write the server acknowledged is there in full, and that no write is there in part: each
 * program has both of its participations and each change its audit entry, committed in the same transaction.
 */
class KilledMutationsIT {

    private static final String PASSWORD = "killed-mutations-admin-password";
    private static final int CLIENTS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 120;

    @TempDir
    Path folder;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aKilledAppKeepsEveryAcknowledgedWriteAndNoPartialOne() throws Exception {
        Path data = folder.resolve("data");
        int port = freePort();
        ProcessBuilder builder = ChildJvm.application(
                        "768m",
                        "--server.address=127.0.0.1",
                        "--server.port=" + port,
                        "--explorer.embedded.data-dir=" + data,
                        "--explorer.embedded.bolt-port=0",
                        "--explorer.embedded.page-cache=32",
                        "--explorer.demo-data=false",
                        "--logging.level.root=WARN")
                .redirectOutput(folder.resolve("app.log").toFile());
        builder.environment().put("EXPLORER_ADMIN_PASSWORD", PASSWORD);
        Process app = builder.start();
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        try {
            awaitReady(app, port);
            AtomicBoolean killed = new AtomicBoolean();
            AtomicInteger sequence = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> stream(port, sequence, acknowledged, killed));
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            app.destroyForcibly();
            killed.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        } finally {
            app.destroyForcibly();
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(app.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(acknowledged)
                .as("acknowledged writes before the kill; log:%n%s", log())
                .hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        try (ScratchNeo4j reopened = new ScratchNeo4j(data.resolve("neo4j"))) {
            Map<String, String> names = new java.util.HashMap<>();
            reopened.driver()
                    .executableQuery("MATCH (n) WHERE n.id STARTS WITH 'kill-' RETURN n.id AS id, n.name AS name")
                    .execute()
                    .records()
                    .forEach(
                            r -> names.put(r.get("id").asString(), r.get("name").asString()));
            // Every acknowledged write is there, with what was sent.
            acknowledged.forEach((id, name) -> assertThat(names).containsEntry(id, name));
            // A write the kill cut short is either all there or not at all.
            List<String> partial = reopened.driver().executableQuery("""
                            MATCH (p:Program) WHERE p.id STARTS WITH 'kill-'
                            OPTIONAL MATCH (p)<-[r:PARTICIPATES_IN]-(:Organization)
                            WITH p, count(r) AS participants
                            WHERE participants <> 2
                            RETURN p.id AS id
                            """).execute().records().stream()
                    .map(r -> r.get("id").asString())
                    .toList();
            assertThat(partial).isEmpty();
            List<String> unaudited = reopened.driver().executableQuery("""
                            MATCH (n) WHERE n.id STARTS WITH 'kill-'
                              AND NOT EXISTS { MATCH (a:AuditEntry {entityId: n.id}) }
                            RETURN n.id AS id
                            """).execute().records().stream()
                    .map(r -> r.get("id").asString())
                    .toList();
            assertThat(unaudited).isEmpty();
            assertThat(reopened.count("""
                            MATCH (a:AuditEntry) WHERE a.entityId STARTS WITH 'kill-'
                              AND a.operation IN ['addOrganization', 'addProgram']
                              AND NOT EXISTS { MATCH (n {id: a.entityId}) }
                            RETURN count(a)
                            """)).isZero();
            assertThat(reopened
                            .driver()
                            .executableQuery("MATCH (n) WHERE n.id STARTS WITH 'kill-' RETURN labels(n) AS labels")
                            .execute()
                            .records()
                            .stream()
                            .map(r -> r.get("labels").asList(Value::asString))
                            .toList())
                    .allSatisfy(labels -> assertThat(labels).containsAnyOf("Enterprise", "Program"));
        }
    }

    /**
     * One client: adds an organization, then a program with it and the organization before it as participants,
     * again and again, remembering what the server acknowledged, until the app is killed.
     */
    private void stream(int port, AtomicInteger sequence, Map<String, String> acknowledged, AtomicBoolean killed) {
        String previous = null;
        while (!killed.get()) {
            int n = sequence.incrementAndGet();
            String organization = "kill-org-" + n;
            String name = "断电测试企业 " + n;
            try {
                JsonNode added = mutate(
                        port,
                        "mutation($input: AddOrganizationInput!) { addOrganization(input: $input) {"
                                + " organization { id } userErrors { message } } }",
                        Map.of("id", organization, "type", "ENTERPRISE", "name", name));
                if (!added.path("data")
                        .path("addOrganization")
                        .path("organization")
                        .path("id")
                        .asString()
                        .equals(organization)) {
                    throw new IllegalStateException("not added: " + added);
                }
                acknowledged.put(organization, name);
                if (previous != null) {
                    String program = "kill-prog-" + n;
                    String programName = "断电测试项目 " + n;
                    JsonNode result = mutate(
                            port,
                            "mutation($input: AddProgramInput!) { addProgram(input: $input) {"
                                    + " program { id } userErrors { message } } }",
                            Map.of(
                                    "id",
                                    program,
                                    "name",
                                    programName,
                                    "kind",
                                    "INTERNSHIP",
                                    "participants",
                                    List.of(
                                            Map.of("organizationId", organization, "role", "LEAD"),
                                            Map.of("organizationId", previous, "role", "PARTNER"))));
                    if (!result.path("data")
                            .path("addProgram")
                            .path("program")
                            .path("id")
                            .asString()
                            .equals(program)) {
                        throw new IllegalStateException("not added: " + result);
                    }
                    acknowledged.put(program, programName);
                }
                previous = organization;
            } catch (IOException e) {
                // The app is gone: this write was not acknowledged.
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private JsonNode mutate(int port, String mutation, Map<String, Object> input)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .header("Content-Type", "application/json")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                                Map.of("query", mutation, "variables", Map.of("input", input)))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }

    private void awaitReady(Process app, int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("the app died on start:%n%s", log()).isTrue();
            try {
                HttpResponse<Void> ready = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the app was not ready after 5 minutes:\n" + log());
    }

    private String log() {
        try {
            return Files.readString(folder.resolve("app.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
