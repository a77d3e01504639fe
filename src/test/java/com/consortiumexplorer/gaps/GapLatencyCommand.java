package com.consortiumexplorer.gaps;

import com.consortiumexplorer.ingest.ScratchNeo4j;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Times {@link GapFinder#collaborationGaps} in process, without the application, on a copy of a city's database
 * folder (the {@code neo4j} folder of a {@code bench_city} directory; it is opened read and write, so never the
 * cached original):
 *
 * <pre>
 * GapLatencyCommand DATABASE_FOLDER [--per-type=3] [--runs=10] [--first=10]
 * </pre>
 *
 * It takes the first organizations of each type by id, warms each up once, then prints the median and p99 over all
 * runs of all organizations and the candidates of the slowest.
 */
public final class GapLatencyCommand {

    private GapLatencyCommand() {}

    /** Times the per-organization queries of the gap finder for one organization, twice each. */
    private static void profile(Neo4jClient neo4j, String id) {
        java.util.Map<String, Object> source =
                neo4j.query(GapQueries.SOURCE).bind(id).to("id").fetch().one().orElseThrow();
        java.util.Map<String, String> queries = new java.util.LinkedHashMap<>();
        queries.put("SOURCE", GapQueries.SOURCE);
        queries.put("CONNECTED", GapQueries.CONNECTED);
        queries.put("STRUCTURE", GapQueries.STRUCTURE);
        queries.put("TALENT", GapQueries.TALENT);
        queries.put("CONSORTIUM", GapQueries.CONSORTIUM);
        queries.put("INDUSTRY", GapQueries.INDUSTRY);
        queries.put("TECHNOLOGY_FOR_ENTERPRISE", GapQueries.TECHNOLOGY_FOR_ENTERPRISE);
        queries.put("TRAINING_FOR_ENTERPRISE", GapQueries.TRAINING_FOR_ENTERPRISE);
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("id", id);
        parameters.put("industries", source.get("industries"));
        parameters.put("region", source.get("region"));
        System.out.println(id + ": " + source);
        for (var q : queries.entrySet()) {
            for (int run = 0; run < 2; run++) {
                long start = System.nanoTime();
                int rows = neo4j.query(q.getValue())
                        .bindAll(parameters)
                        .fetch()
                        .all()
                        .size();
                System.out.printf(
                        Locale.ROOT,
                        "  %s: %d rows, %d ms%n",
                        q.getKey(),
                        rows,
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int perType = 3;
        int runs = 10;
        int first = 10;
        String profile = null;
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--per-type=")) {
                perType = Integer.parseInt(value);
            } else if (arg.startsWith("--runs=")) {
                runs = Integer.parseInt(value);
            } else if (arg.startsWith("--profile=")) {
                profile = value;
            } else if (arg.startsWith("--first=")) {
                first = Integer.parseInt(value);
            }
        }
        try (ScratchNeo4j engine = new ScratchNeo4j(folder, 1024L * 1024 * 1024)) {
            Neo4jClient neo4j = Neo4jClient.create(engine.driver());
            GapFinder finder = new GapFinder(neo4j, GapWeights.DEFAULTS);
            List<String> ids = new ArrayList<>();
            for (String label : List.of("College", "Enterprise", "ResearchInstitute", "Government")) {
                ids.addAll(neo4j.query("MATCH (o:" + label + ") RETURN o.id AS id ORDER BY id LIMIT $n")
                        .bind(perType)
                        .to("n")
                        .fetchAs(String.class)
                        .all());
            }
            if (profile != null) {
                profile(neo4j, profile);
                return;
            }
            List<Long> all = new ArrayList<>();
            for (String id : ids) {
                long start = System.nanoTime();
                List<CollaborationGap> warm = finder.collaborationGaps(id, null, first);
                long warmMs = (System.nanoTime() - start) / 1_000_000;
                List<Long> times = new ArrayList<>();
                for (int r = 0; r < runs; r++) {
                    start = System.nanoTime();
                    finder.collaborationGaps(id, null, first);
                    times.add((System.nanoTime() - start) / 1_000);
                }
                all.addAll(times);
                times.sort(null);
                System.out.printf(
                        Locale.ROOT,
                        "%s: warm-up %d ms, median %.1f ms, max %.1f ms, top %s %.4f%n",
                        id,
                        warmMs,
                        times.get(times.size() / 2) / 1000.0,
                        times.get(times.size() - 1) / 1000.0,
                        warm.isEmpty() ? "-" : warm.get(0).organization().id(),
                        warm.isEmpty() ? 0 : warm.get(0).score());
            }
            all.sort(null);
            System.out.printf(
                    Locale.ROOT,
                    "collaborationGaps first=%d over %d organizations x %d runs: median %.1f ms, p99 %.1f ms%n",
                    first,
                    ids.size(),
                    runs,
                    all.get(all.size() / 2) / 1000.0,
                    all.get((int) Math.min(all.size() - 1, Math.ceil(all.size() * 0.99) - 1)) / 1000.0);
        }
    }
}
