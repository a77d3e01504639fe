package com.consortiumexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consortiumexplorer.ExplorerIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads in process and through the driver give the same values; limits and uncommitted writes hold. */
@ExplorerIntegrationTest
class GraphReadsIT {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    // every kind of value the read models map: text, integer, float, boolean, date, list, array property, map
    private static final String VALUES = """
            MATCH (o:Organization {id: $id})
            RETURN o.id AS id, 42 AS answer, 2.5 AS ratio, true AS flag, date('2024-03-01') AS day,
                   [1, 2] AS numbers, ['a', 'b'] AS letters, o {.id, .name, labels: labels(o)} AS organization,
                   null AS nothing
            """;

    @Autowired
    GraphReads reads;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void inProcessRowsMapLikeTheDriversRows() {
        Map<String, Object> params = Map.of("id", "ent-liyuan-battery");
        Map<String, Object> inProcess = reads.read(LIMIT, tx -> tx.one(VALUES, params, row -> row.asMap()))
                .orElseThrow();
        // inside a Spring transaction the same read goes through the driver
        Map<String, Object> overDriver = new TransactionTemplate(transactions)
                .execute(status -> reads.read(LIMIT, tx -> tx.one(VALUES, params, row -> row.asMap())))
                .orElseThrow();

        assertThat(inProcess).isEqualTo(overDriver).containsEntry("answer", 42L).containsEntry("flag", true);
        assertThat(inProcess.get("organization")).isInstanceOf(Map.class);
        assertThat(inProcess).containsKey("nothing");
    }

    @Test
    void aReadInsideAWriteTransactionSeesItsUncommittedWrites() {
        String id = "reads-" + UUID.randomUUID();
        TransactionTemplate write = new TransactionTemplate(transactions);
        long seen = write.execute(status -> {
            neo4j.query("CREATE (:Organization:Enterprise {id: $id, name: $id})")
                    .bind(id)
                    .to("id")
                    .run();
            long count = reads.read(
                            LIMIT,
                            tx -> tx.one(
                                    "MATCH (o:Organization {id: $id}) RETURN count(o) AS n",
                                    Map.of("id", id),
                                    row -> row.get("n").asLong()))
                    .orElseThrow();
            // leave the shared demo city as it was
            status.setRollbackOnly();
            return count;
        });

        assertThat(seen).isEqualTo(1);
        List<String> afterRollback = reads.read(
                LIMIT,
                tx -> tx.all(
                        "MATCH (o:Organization {id: $id}) RETURN o.id AS id",
                        Map.of("id", id),
                        row -> row.get("id").asString()));
        assertThat(afterRollback).isEmpty();
    }

    @Test
    void aReadOverItsTimeLimitIsStoppedWithTheTimeoutStatus() {
        assertThatThrownBy(() -> reads.read(
                        Duration.ofMillis(100),
                        tx -> tx.all(
                                "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n",
                                Map.of(),
                                row -> row.get("n").asLong())))
                .isInstanceOf(Neo4jException.class)
                .satisfies(
                        failure -> assertThat(((Neo4jException) failure).code()).contains("TransactionTimedOut"));
    }

    @Test
    void aCoreApiReadRunsInProcessOutsideASpringTransactionOnly() {
        Map<String, Object> params = Map.of("id", "ent-liyuan-battery");
        Function<Transaction, String> coreApi = tx -> {
            try (ResourceIterator<Node> found = tx.findNodes(Label.label("Organization"), "id", "ent-liyuan-battery")) {
                return "core " + found.next().getProperty("name");
            }
        };
        Function<GraphReads.Reader, String> cypher = tx -> "cypher "
                + tx.one(
                                "MATCH (o:Organization {id: $id}) RETURN o.name AS name",
                                params,
                                row -> row.get("name").asString())
                        .orElseThrow();

        String inProcess = reads.read(LIMIT, coreApi, cypher);
        String inTransaction =
                new TransactionTemplate(transactions).execute(status -> reads.read(LIMIT, coreApi, cypher));

        assertThat(inProcess).startsWith("core ");
        assertThat(inTransaction).startsWith("cypher ");
        assertThat(inProcess.substring("core ".length())).isEqualTo(inTransaction.substring("cypher ".length()));
    }

    @Test
    void aCoreApiReadOverItsTimeLimitIsStoppedWithTheTimeoutStatus() {
        assertThatThrownBy(() -> reads.read(
                        Duration.ofMillis(100),
                        tx -> {
                            // a runaway walk: reads the whole graph again and again until the database stops it
                            long deadline = System.nanoTime() + LIMIT.toNanos();
                            long seen = 0;
                            while (System.nanoTime() < deadline) {
                                try (ResourceIterable<Node> nodes = tx.getAllNodes()) {
                                    for (Node node : nodes) {
                                        seen += node.getDegree();
                                    }
                                }
                            }
                            return seen;
                        },
                        tx -> -1L))
                .isInstanceOf(Neo4jException.class)
                .satisfies(
                        failure -> assertThat(((Neo4jException) failure).code()).contains("TransactionTimedOut"));
    }
}
