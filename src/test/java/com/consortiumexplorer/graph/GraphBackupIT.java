package com.consortiumexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.ExplorerIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Backup and restore of the whole graph through the administrators' endpoints, while the app runs. */
@ExplorerIntegrationTest
class GraphBackupIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private final HttpClient http = HttpClient.newHttpClient();

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private final String admin = basic(ExplorerIntegrationTest.ADMIN, ExplorerIntegrationTest.ADMIN_PASSWORD);

    /** Every node and relationship as a canonical string, sorted: equal lists mean equal graphs. */
    private List<String> snapshot() {
        List<String> lines = new ArrayList<>();
        driver.executableQuery("""
                        MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration')
                        RETURN labels(n) AS labels, properties(n) AS props
                        """)
                .execute()
                .records()
                .forEach(r -> lines.add("N "
                        + r.get("labels").asList(Value::asString).stream()
                                .sorted()
                                .toList() + new TreeMap<>(r.get("props").asMap())));
        driver.executableQuery("""
                        MATCH (s)-[r]->(e) WHERE none(l IN labels(s) + labels(e) WHERE l STARTS WITH '__Neo4jMigration')
                        RETURN type(r) AS type, properties(s) AS s, properties(e) AS e, properties(r) AS props
                        """)
                .execute()
                .records()
                .forEach(r -> lines.add("R " + r.get("type").asString()
                        + new TreeMap<>(r.get("s").asMap())
                        + new TreeMap<>(r.get("e").asMap())
                        + new TreeMap<>(r.get("props").asMap())));
        return lines.stream().sorted().toList();
    }

    private HttpResponse<byte[]> download(String authorization) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/admin/backup"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> restore(byte[] file) throws Exception {
        String boundary = "----backup" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.gz\"\r\n"
                        + "Content-Type: application/gzip\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/admin/restore"))
                .header("Authorization", admin)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRestoreGivesBackExactlyTheGraphThatWasBackedUp() throws Exception {
        List<String> before = snapshot();
        HttpResponse<byte[]> backup = download(admin);
        assertThat(backup.statusCode()).isEqualTo(200);

        String probe = "t-" + UUID.randomUUID();
        driver.executableQuery("""
                        CREATE (:Organization:Enterprise {id: $id, name: '临时企业', version: 0})
                        WITH 1 AS one
                        MATCH (:College)-[r:OFFERS]->(:Major) WITH r LIMIT 1 SET r.annualIntake = -1
                        """).withParameters(Map.of("id", probe)).execute();
        assertThat(snapshot()).isNotEqualTo(before);

        HttpResponse<String> restored = restore(backup.body());
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(restored.body())
                .contains("\"nodes\":"
                        + before.stream().filter(l -> l.startsWith("N ")).count());
        assertThat(snapshot()).isEqualTo(before);
        assertThat(driver.executableQuery("MATCH (n:`__Restore`) RETURN count(n) AS n")
                        .execute()
                        .records()
                        .getFirst()
                        .get("n")
                        .asLong())
                .isZero();
    }

    @Test
    void onlyAdministratorsMayBackUpAndAWrongFileChangesNothing() throws Exception {
        assertThat(download(null).statusCode()).isEqualTo(401);
        assertThat(download(basic(ExplorerIntegrationTest.EDITOR, ExplorerIntegrationTest.EDITOR_PASSWORD))
                        .statusCode())
                .isEqualTo(403);
        List<String> before = snapshot();
        java.io.ByteArrayOutputStream notABackup = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(notABackup)) {
            gzip.write("{\"format\":\"something-else\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> refused = restore(notABackup.toByteArray());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Not a Consortium Explorer backup");
        assertThat(snapshot()).isEqualTo(before);
    }
}
