package com.consortiumexplorer.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the read-only Cypher of the API's hot paths. On the embedded engine it runs in process, in a transaction
 * of its own with the caller's time limit: no Bolt encoding, loopback round trip or driver decoding (a third of
 * the app's CPU time on a nested organization request when every read went over Bolt). Through the driver when
 * the database is external, and when the
 * caller already runs in a Spring transaction (which may hold writes not yet committed, that only it can see).
 * Either way the rows reach the caller as the driver's {@link MapAccessor}, so one mapper serves both. A read that
 * is a walk more than a query can bring a second form on the engine's core API, which runs under the same rule.
 */
@Component
public class GraphReads {

    private final Neo4jClient neo4j;
    private final GraphDatabaseService database;
    private final PlatformTransactionManager transactions;

    GraphReads(
            Neo4jClient neo4j, ObjectProvider<GraphDatabaseService> embedded, PlatformTransactionManager transactions) {
        this.neo4j = neo4j;
        this.database = embedded.getIfAvailable();
        this.transactions = transactions;
    }

    /** The statements of one read, all seeing the same committed state. */
    public interface Reader {

        /** The rows of a statement, each mapped. */
        <T> List<T> all(String cypher, Map<String, ?> parameters, Function<MapAccessor, T> mapper);

        /** The first row of a statement, mapped, if it returns any. */
        default <T> Optional<T> one(String cypher, Map<String, ?> parameters, Function<MapAccessor, T> mapper) {
            return all(cypher, parameters, mapper).stream().findFirst();
        }
    }

    /**
     * Runs the statements of a read in one read transaction that the database stops after the time limit (the
     * failure then carries the same {@code TransactionTimedOut} status code on both paths).
     */
    public <R> R read(Duration timeout, Function<Reader, R> work) {
        return read(
                timeout,
                tx -> work.apply(new Reader() {
                    @Override
                    public <T> List<T> all(String cypher, Map<String, ?> parameters, Function<MapAccessor, T> mapper) {
                        return inProcess(tx, cypher, parameters, mapper);
                    }
                }),
                work);
    }

    /**
     * Runs a read that has a second form on the embedded engine's core API: that one, in a read transaction with
     * the time limit, when the engine is in process and no Spring transaction is active; else the Cypher one,
     * exactly as {@link #read(Duration, Function)} runs it. Failures carry the same status codes either way.
     */
    public <R> R read(Duration timeout, Function<Transaction, R> coreApi, Function<Reader, R> cypher) {
        if (database == null || TransactionSynchronizationManager.isActualTransactionActive()) {
            return overDriver(timeout, cypher);
        }
        try (Transaction tx = database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            R result = coreApi.apply(tx);
            tx.commit();
            return result;
        } catch (RuntimeException failure) {
            throw asDriverFailure(failure);
        }
    }

    private <R> R overDriver(Duration timeout, Function<Reader, R> work) {
        Reader reader = new Reader() {
            @Override
            public <T> List<T> all(String cypher, Map<String, ?> parameters, Function<MapAccessor, T> mapper) {
                return neo4j
                        .query(cypher)
                        .bindAll(new HashMap<>(parameters))
                        .fetchAs(Record.class)
                        .mappedBy((types, row) -> row)
                        .all()
                        .stream()
                        .map(mapper)
                        .toList();
            }
        };
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.apply(reader);
        }
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        template.setTimeout((int) Math.max(1, timeout.toSeconds()));
        return template.execute(status -> work.apply(reader));
    }

    private static <T> List<T> inProcess(
            Transaction tx, String cypher, Map<String, ?> parameters, Function<MapAccessor, T> mapper) {
        @SuppressWarnings("unchecked")
        Map<String, Object> bound = (Map<String, Object>) parameters;
        List<T> rows = new ArrayList<>();
        try (Result result = tx.execute(cypher, bound)) {
            // the driver's converter takes the engine's maps, lists, arrays, numbers and temporal values as they are
            result.forEachRemaining(row -> rows.add(mapper.apply(Values.value(row))));
        }
        return rows;
    }

    /**
     * The engine's failure as the driver's exception with the same status code, so that callers that read the
     * code (the API's timeout error) treat both paths alike.
     */
    private static RuntimeException asDriverFailure(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Status.HasStatus status) {
                return new Neo4jException(status.status().code().serialize(), failure.getMessage(), failure);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return failure;
    }
}
