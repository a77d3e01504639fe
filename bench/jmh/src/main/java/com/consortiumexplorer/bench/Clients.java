package com.consortiumexplorer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;

/**
 * One HTTP client (a connection per benchmark thread) and one Neo4j driver shared by every benchmark thread, and the prepared request of each
 * question for each target. Configured by the properties file named in the system property {@code bench.config}
 * ({@code ours.url}, {@code peer.url}, {@code bolt.uri}, {@code neo4j.password}, {@code q1.id} …).
 */
public final class Clients implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] ERRORS = "\"errors\"".getBytes(StandardCharsets.US_ASCII);
    private static final QueryConfig READ =
            QueryConfig.builder().withRouting(RoutingControl.READ).build();

    private final Properties config;
    private final SocketHttp http = new SocketHttp();
    private final Driver driver;
    private final Map<Question, Map<Target, SocketHttp.Request>> requests = new EnumMap<>(Question.class);
    private final Map<Question, String> cypher = new EnumMap<>(Question.class);

    public Clients(Properties config) {
        this.config = config;
        this.driver = GraphDatabase.driver(
                config.getProperty("bolt.uri"),
                AuthTokens.basic("neo4j", config.getProperty("neo4j.password")),
                Config.builder()
                        .withMaxConnectionPoolSize(64)
                        .withLogging(Logging.none())
                        .build());
        for (Question question : Question.values()) {
            Map<Target, SocketHttp.Request> byTarget = new EnumMap<>(Target.class);
            byTarget.put(Target.OURS, request(config.getProperty("ours.url"), question, Target.OURS));
            byTarget.put(Target.PEER, request(config.getProperty("peer.url"), question, Target.PEER));
            requests.put(question, byTarget);
            cypher.put(question, question.text(Target.CYPHER));
        }
    }

    /** The configuration in the file named by the system property {@code bench.config}. */
    public static Properties configuration() {
        String file = System.getProperty("bench.config");
        if (file == null) {
            throw new IllegalStateException("Set -Dbench.config=<properties file>");
        }
        Properties config = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            config.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }

    private SocketHttp.Request request(String url, Question question, Target target) {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(Map.of("query", question.text(target), "variables", question.variables(config)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SocketHttp.Request.post(
                URI.create(url),
                Map.of("Content-Type", "application/json", "Accept", "application/graphql-response+json, application/json"),
                body);
    }

    /** Sends the question to a GraphQL server and returns the raw body; fails on an HTTP or GraphQL error. */
    public byte[] ask(Question question, Target target) throws IOException {
        SocketHttp.Response response = http.send(requests.get(question).get(target));
        byte[] body = response.body();
        if (response.status() != 200 || contains(body, ERRORS)) {
            throw new IllegalStateException(target.label() + " " + question.key() + " answered HTTP "
                    + response.status() + ": " + new String(body, 0, Math.min(body.length, 500), StandardCharsets.UTF_8));
        }
        return body;
    }

    /** Runs the question's Cypher in a read transaction and returns every record. */
    public List<Record> run(Question question) {
        return driver.executableQuery(cypher.get(question))
                .withParameters(question.variables(config))
                .withConfig(READ)
                .execute()
                .records();
    }

    /** Asks every question of every target, in turn, the given number of rounds. */
    public void warmUp(int rounds) throws IOException {
        for (int round = 0; round < rounds; round++) {
            for (Question question : Question.values()) {
                ask(question, Target.OURS);
                ask(question, Target.PEER);
                run(question);
            }
        }
    }

    /**
     * Warms each target up in turn until it is steady: its four questions, round robin, from the given number of
     * clients, in windows of the given length, until {@code patience} windows in a row have not beaten the best
     * window so far by more than 5 % of requests, or for at most {@code max}. The servers under test reach their
     * steady state (their JIT compiles the paths of every question; a target whose server has more code to compile
     * takes longer), and so does this JVM. Fails as soon as any answer is an error.
     */
    public void warmUp(Duration window, int patience, Duration max, int threads)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Target target : List.of(Target.CYPHER, Target.OURS, Target.PEER)) {
                long end = System.nanoTime() + max.toNanos();
                long best = 0;
                int calm = 0;
                List<Long> windows = new ArrayList<>();
                while (calm < patience && System.nanoTime() < end) {
                    long count = window(pool, target, window, threads);
                    windows.add(count);
                    if (count > best * 1.05) {
                        best = count;
                        calm = 0;
                    } else {
                        calm++;
                    }
                }
                System.out.printf(
                        "warm-up of %s from %d clients: requests in each %d ms window %s%n",
                        target.label(), threads, window.toMillis(), windows);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Asks the target's questions, round robin, from every client for one window; returns how many were answered. */
    private long window(ExecutorService pool, Target target, Duration window, int threads)
            throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + window.toNanos();
        List<Future<Long>> loops = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            int first = thread;
            loops.add(pool.submit(() -> {
                Question[] questions = Question.values();
                long count = 0;
                for (int i = first; System.nanoTime() < deadline; i++, count++) {
                    Question question = questions[i % questions.length];
                    if (target == Target.CYPHER) {
                        run(question);
                    } else {
                        ask(question, target);
                    }
                }
                return count;
            }));
        }
        long count = 0;
        for (Future<Long> loop : loops) {
            count += loop.get();
        }
        return count;
    }

    /** The {@code data} of a GraphQL answer. */
    public static JsonNode data(byte[] body) throws IOException {
        return JSON.readTree(body).path("data");
    }

    /** Runs a Cypher statement of the harness itself (choosing parameters). */
    public List<Record> query(String statement) {
        return driver.executableQuery(statement).withConfig(READ).execute().records();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void close() {
        driver.close();
        http.close();
    }
}
