package com.consortiumexplorer.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Record;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Closed-loop clients (as many as JMH threads, {@code -t}) asking one question of one target back to back:
 * {@code ours} and {@code peer} over HTTP with {@link SocketHttp} (a blocking connection per client), {@code cypher} through the Neo4j
 * Java driver. Sample-time mode records the latency distribution (median, p99); throughput follows from it by
 * Little's law (clients / mean latency), as no client waits between requests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ApiBenchmark {

    @Param({"q1", "q2", "q3", "q4"})
    public String question;

    private Question asked;
    private Clients clients;

    @Setup(Level.Trial)
    public void connect() {
        asked = Question.valueOf(question.toUpperCase());
        clients = new Clients(Clients.configuration());
    }

    @TearDown(Level.Trial)
    public void disconnect() {
        clients.close();
    }

    @Benchmark
    public byte[] ours() throws IOException {
        return clients.ask(asked, Target.OURS);
    }

    @Benchmark
    public byte[] peer() throws IOException {
        return clients.ask(asked, Target.PEER);
    }

    @Benchmark
    public List<Record> cypher() {
        return clients.run(asked);
    }
}
