package com.consortiumexplorer.bench;

import com.consortiumexplorer.gaps.GapEvaluation;
import com.consortiumexplorer.gaps.GapWeights;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Runs the held-out-ties evaluation of the gap finder on the demo city and on a generated city, each in its own
 * throw-away embedded Neo4j ({@link EvaluationDatabase}), and writes a Markdown summary and a CSV with one row per
 * city, seed and method; the summary gives each method's mean and standard error over the seeds, and the gap
 * finder's paired difference from the best baseline of each metric. Needs no running application:
 *
 * <pre>
 * GapEvaluationCommand [--work=DIR] [--demo] [--generate=ORGANIZATIONS] [--city-seed=42] [--seeds=42,7,2026,101,…]
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
        Map<String, List<GapEvaluation.MethodResult>> perSeed = new LinkedHashMap<>();
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
                perSeed.computeIfAbsent(r.method(), k -> new ArrayList<>()).add(r);
            }
        }
        md.append(String.format(
                "%nmean ± standard error over %d seeds%n%n| method | AUC | precision@10 |%n|---|---|---|%n",
                seeds.size()));
        perSeed.forEach((method, results) -> md.append(String.format(
                Locale.ROOT,
                "| %s | %s | %s |%n",
                method,
                meanAndError(results, GapEvaluation.MethodResult::auc, "%.3f"),
                meanAndError(results, GapEvaluation.MethodResult::precisionAt10, "%.3f"))));
        List<GapEvaluation.MethodResult> gapFinder = perSeed.get(GapEvaluation.GAP_FINDER);
        md.append(
                "\ngap finder minus the best baseline of each metric, paired by seed\n\n"
                        + "| metric | best baseline | difference ± standard error | standard errors apart |\n|---|---|---|---|\n");
        for (String metric : List.of("AUC", "precision@10")) {
            ToDoubleFunction<GapEvaluation.MethodResult> value =
                    metric.equals("AUC") ? GapEvaluation.MethodResult::auc : GapEvaluation.MethodResult::precisionAt10;
            String best = GapEvaluation.BASELINES.stream()
                    .max(Comparator.comparingDouble(b -> mean(perSeed.get(b), value)))
                    .orElseThrow();
            double[] differences = new double[gapFinder.size()];
            for (int i = 0; i < differences.length; i++) {
                differences[i] = value.applyAsDouble(gapFinder.get(i))
                        - value.applyAsDouble(perSeed.get(best).get(i));
            }
            double mean = Arrays.stream(differences).average().orElse(Double.NaN);
            double error = standardError(differences);
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %+.3f ± %.3f | %.1f |%n",
                    metric,
                    best,
                    mean,
                    error,
                    error > 0 ? mean / error : Double.NaN));
        }
    }

    private static double mean(
            List<GapEvaluation.MethodResult> results, ToDoubleFunction<GapEvaluation.MethodResult> value) {
        return results.stream().mapToDouble(value).average().orElse(Double.NaN);
    }

    private static String meanAndError(
            List<GapEvaluation.MethodResult> results,
            ToDoubleFunction<GapEvaluation.MethodResult> value,
            String format) {
        double[] values = results.stream().mapToDouble(value).toArray();
        return String.format(Locale.ROOT, format + " ± " + format, mean(results, value), standardError(values));
    }

    /** Sample standard deviation over √n: the standard error of the mean over seeds (0 for a single seed). */
    private static double standardError(double[] values) {
        int n = values.length;
        if (n < 2) {
            return 0;
        }
        double mean = Arrays.stream(values).average().orElseThrow();
        double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (n - 1) / n);
    }
}
