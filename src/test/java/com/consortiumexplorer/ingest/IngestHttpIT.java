package com.consortiumexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.ExplorerIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

@ExplorerIntegrationTest
class IngestHttpIT {

    private final String prefix = "t-" + UUID.randomUUID() + "-";

    @LocalServerPort
    int port;

    @Autowired
    ImportJobs jobs;

    @Autowired
    Driver driver;

    @TempDir
    Path folder;

    @AfterEach
    void removeTestData() {
        driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n")
                .withParameters(Map.of("prefix", prefix))
                .execute();
    }

    private RestClient client() {
        return RestClient.builder().baseUrl("http://localhost:" + port).build();
    }

    private HttpStatusCode upload(RestClient.RequestBodySpec request) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource("id,name\nx,y\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "College.csv";
            }
        });
        return request.contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange((req, response) -> response.getStatusCode());
    }

    @Test
    void importIsForAdministratorsOnly() {
        assertThat(upload(client().post().uri("/api/import")).value()).isEqualTo(401);
        assertThat(upload(client().post()
                                .uri("/api/import")
                                .headers(h -> h.setBasicAuth(
                                        ExplorerIntegrationTest.EDITOR, ExplorerIntegrationTest.EDITOR_PASSWORD)))
                        .value())
                .isEqualTo(403);
    }

    @Test
    void exportStreamsTheAskedFormat() {
        var graphml = client().get()
                .uri("/api/export?format=graphml&consortium=cons-terminal")
                .retrieve()
                .toEntity(String.class);
        assertThat(graphml.getHeaders().getContentType()).hasToString("application/graphml+xml");
        assertThat(graphml.getBody()).startsWith("<?xml").contains("<node id=\"cons-terminal\">");

        var json = client().get()
                .uri("/api/export?format=json&neighbourhood=col-ybvtc")
                .retrieve()
                .toEntity(String.class);
        assertThat(json.getBody()).startsWith("{\"format\":\"consortium-explorer\",\"version\":1,\"nodes\":[");

        HttpStatusCode bad =
                client().get().uri("/api/export?format=xlsx").exchange((req, response) -> response.getStatusCode());
        assertThat(bad.value()).isEqualTo(400);
        HttpStatusCode unknown = client().get()
                .uri("/api/export?format=json&consortium=no-such")
                .exchange((req, response) -> response.getStatusCode());
        assertThat(unknown.value()).isEqualTo(400);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aQueuedImportReportsItsProgressAndOutcome() throws Exception {
        Path upload = Files.createDirectory(folder.resolve("upload")).resolve("College.csv");
        Files.writeString(upload, "id,name,kind\n" + prefix + "c1,测试学院,TECHNICIAN\n", StandardCharsets.UTF_8);

        ImportStatus queued = jobs.submit(upload, 100, "admin");
        ImportStatus status = queued;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!status.state().equals("COMPLETED")
                && !status.state().equals("FAILED")
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = jobs.status(queued.id()).orElseThrow();
        }

        assertThat(status.state()).isEqualTo("COMPLETED");
        assertThat(status.report().nodes()).isEqualTo(1);
        assertThat(driver.executableQuery("MATCH (c:College {id: $id}) RETURN c.name AS name")
                        .withParameters(Map.of("id", prefix + "c1"))
                        .execute()
                        .records()
                        .getFirst()
                        .get("name")
                        .asString())
                .isEqualTo("测试学院");
        assertThat(upload).doesNotExist();
    }
}
