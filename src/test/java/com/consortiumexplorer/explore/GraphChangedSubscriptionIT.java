package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.ExplorerIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.Disposable;

/** {@code graphChanged} over WebSocket (graphql-ws) streams committed changes, and only those. */
@ExplorerIntegrationTest
class GraphChangedSubscriptionIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private final String prefix = "t-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @AfterEach
    void removeTestData() {
        driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n")
                .withParameters(Map.of("prefix", prefix))
                .execute();
    }

    @Test
    void subscribersReceiveCommittedChangesOfTheTypesTheyAskFor() throws InterruptedException {
        WebSocketGraphQlClient client = WebSocketGraphQlClient.builder(
                        "ws://localhost:" + port + "/graphql", new StandardWebSocketClient())
                .documentSource(new ResourceDocumentSource(
                        List.of(new ClassPathResource("graphql-test/")), List.of(".graphql")))
                .build();
        List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
        Disposable subscription = client.documentName("graphChanged")
                .variable("types", List.of("Organization"))
                .retrieveSubscription("graphChanged")
                .toEntity(Map.class)
                .subscribe(change -> received.add(cast(change)));
        try {
            client.start().block(Duration.ofSeconds(10));
            Thread.sleep(500);
            var editor = GraphQlClients.editor(port);
            // refused: writes nothing, so nothing is streamed
            editor.documentName("addOrganization")
                    .variable("input", Map.of("id", prefix + "bad", "type", "COLLEGE", "name", "x", "founded", 1200))
                    .executeSync();
            editor.documentName("addOrganization")
                    .variable("input", Map.of("id", prefix + "ok", "type", "COLLEGE", "name", "订阅测试学院"))
                    .executeSync();
            editor.documentName("addCollaboration")
                    .variable(
                            "input",
                            Map.of("organizationId", prefix + "ok", "partnerId", "col-ybvtc", "kind", "JOINT_TRAINING"))
                    .executeSync();
            editor.documentName("updateOrganization")
                    .variable("input", Map.of("id", prefix + "ok", "version", 0, "nameEn", "Subscription College"))
                    .executeSync();
            long deadline = System.currentTimeMillis() + 10_000;
            while (received.size() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            subscription.dispose();
            client.stop().block(Duration.ofSeconds(5));
        }
        assertThat(received)
                .extracting(c -> c.get("operation"))
                .containsExactly("addOrganization", "updateOrganization");
        assertThat(received.getFirst())
                .containsEntry("entityType", "Organization")
                .containsEntry("entityId", prefix + "ok")
                .containsEntry("actor", ExplorerIntegrationTest.EDITOR);
        assertThat(cast(received.get(1).get("after"))).containsEntry("nameEn", "Subscription College");
        assertThat(cast(received.get(1).get("before"))).isEmpty();
        assertThat((String) received.getFirst().get("at")).isNotBlank();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
