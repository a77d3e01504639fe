package com.consortiumexplorer.bench;

import com.consortiumexplorer.gaps.GapEvaluation;
import com.consortiumexplorer.gaps.GapWeights;
import com.consortiumexplorer.ingest.CityGenerator;
import com.consortiumexplorer.ingest.GenerationReport;
import com.consortiumexplorer.ingest.GeneratorSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Runs the held-out-ties evaluation of the gap finder against any Neo4j holding a city and prints a Markdown
 * table to {@code target/gap-evaluation.md} (or {@code --out=FILE}):
 * {@code GapEvaluationCommand <bolt-uri> <user> <password> [seed ...] [--prefix=ID_PREFIX] [--generate=ORGANIZATIONS]
 * [--weights=t,tech,fac,str,cons,ind,reg]}; {@code --generate} first writes a synthetic city of that size with
 * the given id prefix (seed 42) using the ingest generator, {@code --prefix} evaluates only that city.
 * The database is only read. See docs/analytics.md for the figures and how to start a database to evaluate.
 */
public final class GapEvaluationCommand {

    private GapEvaluationCommand() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException(
                    "usage: GapEvaluationCommand <bolt-uri> <user> <password> [seed ...] [--weights=w1,...,w7]");
        }
        List<Long> seeds = new ArrayList<>();
        GapWeights weights = GapWeights.DEFAULTS;
        Path target = Path.of("target", "gap-evaluation.md");
        String prefix = null;
        int generate = 0;
        for (int i = 3; i < args.length; i++) {
            if (args[i].startsWith("--prefix=")) {
                prefix = args[i].substring("--prefix=".length());
            } else if (args[i].startsWith("--generate=")) {
                generate = Integer.parseInt(args[i].substring("--generate=".length()));
            } else if (args[i].startsWith("--out=")) {
                target = Path.of(args[i].substring("--out=".length()));
            } else if (args[i].startsWith("--weights=")) {
                String[] w = args[i].substring("--weights=".length()).split(",");
                weights = new GapWeights(
                        Double.parseDouble(w[0]),
                        Double.parseDouble(w[1]),
                        Double.parseDouble(w[2]),
                        Double.parseDouble(w[3]),
                        Double.parseDouble(w[4]),
                        Double.parseDouble(w[5]),
                        Double.parseDouble(w[6]));
            } else {
                seeds.add(Long.parseLong(args[i]));
            }
        }
        if (seeds.isEmpty()) {
            seeds = List.of(42L, 7L, 2026L);
        }
        try (Driver driver = GraphDatabase.driver(args[0], AuthTokens.basic(args[1], args[2]))) {
            Neo4jClient neo4j = Neo4jClient.create(driver);
            StringBuilder out = new StringBuilder();
            if (generate > 0) {
                if (prefix == null || prefix.isEmpty()) {
                    throw new IllegalArgumentException("--generate needs --prefix=<id prefix of the generated city>");
                }
                GenerationReport generated = new CityGenerator(driver, event -> {})
                        .generate(GeneratorSettings.database(generate, 42).withIdPrefix(prefix));
                out.append("generated city: nodes ")
                        .append(generated.nodes())
                        .append(", relationships ")
                        .append(generated.relationships())
                        .append('\n');
            }
            Map<String, double[]> sums = new LinkedHashMap<>();
            for (long seed : seeds) {
                long start = System.nanoTime();
                GapEvaluation.Report report = GapEvaluation.evaluate(neo4j, weights, seed, 0.2, prefix);
                long millis = (System.nanoTime() - start) / 1_000_000;
                out.append(String.format(
                        Locale.ROOT,
                        "%nseed %d: %d organizations, %d ties, %d hidden, %d hidden among %d candidate pairs, %d ms%n%n",
                        seed,
                        report.organizations(),
                        report.ties(),
                        report.hidden(),
                        report.positives(),
                        report.candidates(),
                        millis));
                out.append("| method | AUC | precision@10 |\n|---|---|---|\n");
                for (GapEvaluation.MethodResult r : report.results()) {
                    out.append(String.format(
                            Locale.ROOT, "| %s | %.3f | %.1f |%n", r.method(), r.auc(), r.precisionAt10()));
                    double[] sum = sums.computeIfAbsent(r.method(), k -> new double[2]);
                    sum[0] += r.auc();
                    sum[1] += r.precisionAt10();
                }
            }
            out.append(String.format(
                    "%nmean over %d seeds%n%n| method | AUC | precision@10 |%n|---|---|---|%n", seeds.size()));
            int n = seeds.size();
            sums.forEach((method, sum) ->
                    out.append(String.format(Locale.ROOT, "| %s | %.3f | %.2f |%n", method, sum[0] / n, sum[1] / n)));
            out.insert(0, "Held-out-ties evaluation, weights " + weights + "\n");
            Files.writeString(target, out);
        }
    }
}
