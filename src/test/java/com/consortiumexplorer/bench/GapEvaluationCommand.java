package com.consortiumexplorer.bench;

import com.consortiumexplorer.gaps.GapEvaluation;
import com.consortiumexplorer.gaps.GapWeights;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the held-out-ties evaluation of the gap finder on the demo city and on a generated city, each in its own
 * throw-away embedded Neo4j ({@link EvaluationDatabase}), and writes a Markdown summary and a CSV with one row per
 * city, seed and method. Needs no running application:
 *
 * <pre>
 * GapEvaluationCommand [--work=DIR] [--demo] [--generate=ORGANIZATIONS] [--city-seed=42] [--seeds=42,7,2026]
 *     [--weights=talent,technology,facility,structure,consortium,industry,region]
 *     [--out=target/gap-evaluation.md] [--csv=target/gap-evaluation.csv]
 * </pre>
 *
 * The default seeds are {@link GapEvaluation#EVALUATION_SEEDS}, never used to choose the weights. See
 * docs/analytics.md.
 */
public final class GapEvaluationCommand {

    private GapEvaluationCommand() {}

    public static void main(String[] args) throws IOException {
        Path work = Path.of("target", "gap-evaluation-db");
        Path out = Path.of("target", "gap-evaluation.md");
        Path csv = Path.of("target", "gap-evaluation.csv");
        boolean demo = false;
        int generate = 0;
        long citySeed = 42;
        List<Long> seeds = GapEvaluation.EVALUATION_SEEDS;
        GapWeights weights = GapWeights.DEFAULTS;
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.startsWith("--generate=")) {
                generate = Integer.parseInt(value);
            } else if (arg.startsWith("--city-seed=")) {
                citySeed = Long.parseLong(value);
            } else if (arg.startsWith("--seeds=")) {
                seeds = Arrays.stream(value.split(",")).map(Long::parseLong).toList();
            } else if (arg.startsWith("--weights=")) {
                weights = GapWeights.parse(value);
            } else if (arg.startsWith("--work=")) {
                work = Path.of(value);
            } else if (arg.startsWith("--out=")) {
                out = Path.of(value);
            } else if (arg.startsWith("--csv=")) {
                csv = Path.of(value);
            } else {
                throw new IllegalArgumentException(
                        "unknown argument " + arg + "; see the Javadoc of " + GapEvaluationCommand.class.getName());
            }
        }
        if (!demo && generate == 0) {
            throw new IllegalArgumentException("nothing to evaluate: give --demo and/or --generate=ORGANIZATIONS");
        }
        StringBuilder md = new StringBuilder("Held-out-ties evaluation, weights " + weights + "\n");
        List<String> rows = new ArrayList<>(
                List.of("city,organizations,ties,positives,candidates,seed,method,auc," + "precision_at_10"));
        if (demo) {
            try (EvaluationDatabase db = EvaluationDatabase.demo(work)) {
                evaluate("demo", db, weights, seeds, md, rows);
            }
        }
        if (generate > 0) {
            try (EvaluationDatabase db = EvaluationDatabase.generated(work, generate, citySeed)) {
                evaluate("generated-" + generate, db, weights, seeds, md, rows);
            }
        }
        Files.writeString(out, md);
        Files.writeString(csv, String.join("\n", rows) + "\n");
    }

    private static void evaluate(
            String city,
            EvaluationDatabase db,
            GapWeights weights,
            List<Long> seeds,
            StringBuilder md,
            List<String> rows) {
        md.append("\n## ").append(city).append('\n');
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (long seed : seeds) {
            long start = System.nanoTime();
            GapEvaluation.Report report = GapEvaluation.evaluate(db.client(), weights, seed, 0.2, null);
            long millis = (System.nanoTime() - start) / 1_000_000;
            md.append(String.format(
                    Locale.ROOT,
                    "%nseed %d: %d organizations, %d ties, %d hidden, %d hidden among %d candidate pairs, %d ms%n%n",
                    seed,
                    report.organizations(),
                    report.ties(),
                    report.hidden(),
                    report.positives(),
                    report.candidates(),
                    millis));
            md.append("| method | AUC | precision@10 |\n|---|---|---|\n");
            for (GapEvaluation.MethodResult r : report.results()) {
                md.append(String.format(Locale.ROOT, "| %s | %.3f | %.1f |%n", r.method(), r.auc(), r.precisionAt10()));
                rows.add(String.format(
                        Locale.ROOT,
                        "%s,%d,%d,%d,%d,%d,%s,%.4f,%.2f",
                        city,
                        report.organizations(),
                        report.ties(),
                        report.positives(),
                        report.candidates(),
                        seed,
                        r.method(),
                        r.auc(),
                        r.precisionAt10()));
                double[] sum = sums.computeIfAbsent(r.method(), k -> new double[2]);
                sum[0] += r.auc();
                sum[1] += r.precisionAt10();
            }
        }
        md.append(String.format(
                "%nmean over %d seeds%n%n| method | AUC | precision@10 |%n|---|---|---|%n", seeds.size()));
        int n = seeds.size();
        sums.forEach((method, sum) ->
                md.append(String.format(Locale.ROOT, "| %s | %.3f | %.2f |%n", method, sum[0] / n, sum[1] / n)));
    }
}
