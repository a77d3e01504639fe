package com.consortiumexplorer.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.neo4j.driver.Record;

/**
 * Runs before any timing: picks the question parameters for the city (unless the configuration has them),
 * asks every question of all three targets, fails loudly unless the canonical answers are equal, then warms
 * both servers up.
 *
 * <pre>java -Dbench.config=bench.properties -cp benchmarks.jar com.consortiumexplorer.bench.AnswerCheck [warm-up rounds]</pre>
 *
 * Prints one line per question ({@code q1 equal: 312 lines}) and writes the chosen parameters back to the file.
 */
public final class AnswerCheck {

    /**
     * Cypher that picks each question's parameter for any city, deterministically: the heaviest realistic case
     * without being pathological (see the report fragment for what each one is on each city).
     */
    private static final Map<String, String> PARAMETERS = new LinkedHashMap<>();

    static {
        // q1: the organization at the 99th percentile of cooperation ties (a well-connected one; the very top
        // of a generated city has over a thousand ties, which says more about the generator than about reads)
        PARAMETERS.put("q1.id", percentileOfTies("Organization"));
        // q2: the industry with the most enterprises, so the page is full when the city is big enough
        PARAMETERS.put("q2.industry", """
                MATCH (i:Industry)<-[:OPERATES_IN]-(e:Enterprise)
                WITH i, count(DISTINCT e) AS n
                RETURN i.code AS value ORDER BY n DESC, value LIMIT 1""");
        // q3: the consortium with the most enterprise members
        PARAMETERS.put("q3.consortium", """
                MATCH (c:Consortium)<-[:MEMBER_OF]-(e:Enterprise)
                WITH c, count(DISTINCT e) AS n
                RETURN c.id AS value ORDER BY n DESC, value LIMIT 1""");
        // q4: the enterprise at the 99th percentile of cooperation ties; its partners are mostly colleges
        PARAMETERS.put("q4.id", percentileOfTies("Enterprise"));
    }

    private AnswerCheck() {}

    private static String percentileOfTies(String label) {
        return """
                MATCH (o:%1$s)
                WITH percentileDisc(COUNT { (o)-[:COLLABORATES_WITH]-() }, 0.99) AS p99
                MATCH (o:%1$s) WHERE COUNT { (o)-[:COLLABORATES_WITH]-() } <= p99
                RETURN o.id AS value ORDER BY COUNT { (o)-[:COLLABORATES_WITH]-() } DESC, o.id LIMIT 1"""
                .formatted(label);
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path file = Path.of(System.getProperty("bench.config"));
        Properties config = Clients.configuration();
        try (Clients chooser = new Clients(withPlaceholders(config))) {
            for (Map.Entry<String, String> parameter : PARAMETERS.entrySet()) {
                if (config.getProperty(parameter.getKey()) == null) {
                    List<Record> rows = chooser.query(parameter.getValue());
                    if (rows.isEmpty()) {
                        throw new IllegalStateException("This city has nothing to ask " + parameter.getKey() + " about");
                    }
                    config.setProperty(parameter.getKey(), rows.get(0).get("value").asString());
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            config.store(out, "benchmark configuration; parameters chosen by AnswerCheck");
        }
        List<String> failures = new ArrayList<>();
        try (Clients clients = new Clients(config)) {
            prime(clients);
            for (Question question : Question.values()) {
                List<String> ours = question.ours(Clients.data(clients.ask(question, Target.OURS)));
                List<String> peer = question.peer(Clients.data(clients.ask(question, Target.PEER)));
                List<String> cypher = question.cypher(clients.run(question));
                String parameter = question.key() + "." + question.parameter() + "="
                        + config.getProperty(question.key() + "." + question.parameter());
                if (ours.equals(peer) && ours.equals(cypher)) {
                    System.out.printf("%s equal: %d lines (%s)%n", question.key(), ours.size(), parameter);
                } else {
                    failures.add(question.key());
                    System.out.printf("%s DIFFERENT (%s)%n", question.key(), parameter);
                    difference("ours", ours, "peer", peer);
                    difference("ours", ours, "cypher", cypher);
                }
            }
            if (!failures.isEmpty()) {
                System.err.println("The three targets answer differently: " + failures);
                System.exit(1);
            }
            clients.warmUp(rounds);
            System.out.printf("warmed up with %d rounds of every question on every target%n", rounds);
        }
    }

    /**
     * Sends every question once and ignores the outcome: on a freshly started app the first request of each kind
     * pays for class loading, JIT and Cypher planning, which on a loaded machine can exceed the API's time limit.
     */
    private static void prime(Clients clients) {
        for (Question question : Question.values()) {
            for (Target target : List.of(Target.OURS, Target.PEER)) {
                try {
                    clients.ask(question, target);
                } catch (Exception e) {
                    System.out.printf("priming %s %s: %s%n", target.label(), question.key(), e.getMessage());
                }
            }
        }
    }

    /** The clients build every request up front, so the parameters need a value before they are chosen. */
    private static Properties withPlaceholders(Properties config) {
        Properties copy = new Properties();
        copy.putAll(config);
        PARAMETERS.keySet().forEach(key -> copy.putIfAbsent(key, "-"));
        return copy;
    }

    private static void difference(String leftName, List<String> left, String rightName, List<String> right) {
        if (left.equals(right)) {
            return;
        }
        List<String> onlyLeft = new ArrayList<>(left);
        onlyLeft.removeAll(right);
        List<String> onlyRight = new ArrayList<>(right);
        onlyRight.removeAll(left);
        System.out.printf("  %s has %d lines, %s has %d%n", leftName, left.size(), rightName, right.size());
        onlyLeft.stream().limit(10).forEach(l -> System.out.println("  only " + leftName + ": " + l));
        onlyRight.stream().limit(10).forEach(l -> System.out.println("  only " + rightName + ": " + l));
        if (onlyLeft.isEmpty() && onlyRight.isEmpty()) {
            System.out.println("  same lines in a different order");
        }
    }
}
