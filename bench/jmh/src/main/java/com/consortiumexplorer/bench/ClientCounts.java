package com.consortiumexplorer.bench;

import java.util.Arrays;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ApiBenchmark} at several client counts, one after the other, from one load-generator JVM (one JVM per
 * count started the generator cold each time): the remaining arguments are JMH's own command-line options.
 * {@code -Dbench.warmup=N} first asks every question of every target, in turn, N times from this JVM: without forks
 * (-f 0) the trials run here in JMH's order (cypher, ours, peer), and the first trials over HTTP, ours, would
 * otherwise also pay for compiling the generator's own HTTP client, which the peer's trials then find compiled.
 *
 * <pre>java -Dbench.config=bench.properties -Dbench.warmup=20 -cp benchmarks.jar com.consortiumexplorer.bench.ClientCounts 1,8,32 work/api-demo-t%d.json -f 0 -wi 1 …</pre>
 */
public final class ClientCounts {

    private ClientCounts() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !args[1].contains("%d")) {
            throw new IllegalArgumentException(
                    "usage: ClientCounts <counts, e.g. 1,8,32> <result file with %d> [JMH options]");
        }
        CommandLineOptions options = new CommandLineOptions(Arrays.copyOfRange(args, 2, args.length));
        int rounds = Integer.getInteger("bench.warmup", 0);
        if (rounds > 0) {
            try (Clients clients = new Clients(Clients.configuration())) {
                clients.warmUp(rounds);
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
