package com.consortiumexplorer.bench;

import java.time.Duration;
import java.util.Arrays;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ApiBenchmark} at several client counts, one after the other, from one load-generator JVM (one JVM per
 * count started the generator cold each time): the remaining arguments are JMH's own command-line options.
 * {@code -Dbench.warmup.max=S} first warms each target up until it is steady, for at most S seconds a target
 * ({@link Clients#warmUp}: windows of 2 s from {@code -Dbench.warmup.clients=C} clients, 8 by default, until 3
 * windows in a row have not beaten the best one by more than 5 %). A freshly started app is far from its steady
 * state after the few rounds of the answer check: from one client on the demo city, the nested organization took a
 * median of 5.6 ms after a thousand requests and 3.0 to 3.4 ms after ten thousand, while its JIT compiled the
 * GraphQL engine's paths; the 1-client points, timed first, would measure that. It warms this JVM as well: without
 * forks (-f 0) the trials run here in JMH's order (cypher, ours, peer), and the first trials over HTTP would
 * otherwise also pay for compiling the generator's own HTTP client.
 *
 * <pre>java -Dbench.config=bench.properties -Dbench.warmup.max=20 -cp benchmarks.jar com.consortiumexplorer.bench.ClientCounts 1,8,32 work/api-demo-t%d.json -f 0 -wi 1 …</pre>
 */
public final class ClientCounts {

    private ClientCounts() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !args[1].contains("%d")) {
            throw new IllegalArgumentException(
                    "usage: ClientCounts <counts, e.g. 1,8,32> <result file with %d> [JMH options]");
        }
        CommandLineOptions options = new CommandLineOptions(Arrays.copyOfRange(args, 2, args.length));
        int seconds = Integer.getInteger("bench.warmup.max", 0);
        if (seconds > 0) {
            try (Clients clients = new Clients(Clients.configuration())) {
                clients.warmUp(
                        Duration.ofSeconds(2),
                        3,
                        Duration.ofSeconds(seconds),
                        Integer.getInteger("bench.warmup.clients", 8));
            }
        }
        for (String count : args[0].split(",")) {
            int clients = Integer.parseInt(count.strip());
            new Runner(new OptionsBuilder()
                            .parent(options)
                            .include(ApiBenchmark.class.getSimpleName())
                            .threads(clients)
                            .resultFormat(ResultFormatType.JSON)
                            .result(String.format(args[1], clients))
                            .build())
                    .run();
        }
    }
}
