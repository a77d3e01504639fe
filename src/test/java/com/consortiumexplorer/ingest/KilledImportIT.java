package com.consortiumexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the command-line import in a child JVM, kills it with SIGKILL in the middle of writing, reopens the data
 * folder it left and checks that only whole batches were written, exactly as many rows as its checkpoint says,
 * and that running the import again resumes there and completes the graph.
 */
class KilledImportIT {

    private static final int BATCH = 200;
    private static final Pattern WRITING = Pattern.compile("^writing\\s.*?\\s([\\d,]+)/([\\d,]+) rows.*");

    /** The relationship types of the data format (the schema migrations keep a chain of their own). */
    private static final String FORMAT_TYPES = DataFormat.RELATIONSHIP_FILES.stream()
            .map(f -> "'" + f.type() + "'")
            .toList()
            .toString();

    @TempDir
    Path folder;

    @Test
    void aKilledImportLeavesWholeBatchesAndResumesAfterTheLast() throws Exception {
        Path city = folder.resolve("city");
        GenerationReport generated = CityGenerator.writeCsv(GeneratorSettings.csv(2_000, 3, city));
        Path data = folder.resolve("data");
        // A database that already has a store (here an empty one) is imported into in checkpointed batches; a
        // new data folder would take the all-or-nothing offline path (OfflineImportIT).
        new ScratchNeo4j(data.resolve("neo4j")).close();
        Process child = ChildJvm.application(
                        "512m",
                        "import",
                        city.toString(),
                        "--batch-size",
                        String.valueOf(BATCH),
                        "--explorer.embedded.data-dir=" + data,
                        "--explorer.embedded.bolt-port=0",
                        "--explorer.embedded.page-cache=32",
                        "--logging.level.root=WARN")
                .start();
        List<String> output = new ArrayList<>();
        boolean killed = false;
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                Matcher writing = WRITING.matcher(line);
                if (writing.matches() && Long.parseLong(writing.group(1).replace(",", "")) > 0) {
                    child.destroyForcibly();
                    killed = true;
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(killed)
                .as("killed while writing; output:%n%s", String.join("\n", output))
                .isTrue();
        assertThat(child.exitValue()).isEqualTo(137);

        long nodeRows = generated.nodeCount();
        long totalRows = nodeRows + generated.relationshipCount();
        try (ScratchNeo4j reopened = new ScratchNeo4j(data.resolve("neo4j"))) {
            long position = reopened.count("MATCH (c:ImportCheckpoint) RETURN sum(c.position)");
            long nodes = reopened.count("""
                    MATCH (n) WHERE n:Organization OR n:Consortium OR n:Program OR n:Project OR n:Policy
                      OR n:Industry OR n:Major
                    RETURN count(n)
                    """);
            long relationships =
                    reopened.count("MATCH ()-[r]->() WHERE type(r) IN " + FORMAT_TYPES + " RETURN count(r)");

            assertThat(position).isPositive().isLessThan(totalRows);
            assertThat(position % BATCH).isZero();
            assertThat(nodes).isEqualTo(Math.min(position, nodeRows));
            assertThat(relationships).isEqualTo(Math.max(0, position - nodeRows));

            ImportReport resumed =
                    new GraphImporter(reopened.driver(), null).importData(city, BATCH, "test", (p, d, t) -> {});
            assertThat(resumed.status()).isEqualTo(ImportReport.Status.COMPLETED);
            assertThat(resumed.resumedFrom()).isEqualTo(position);
            assertThat(resumed.nodes() + resumed.relationships()).isEqualTo(totalRows - position);
            assertThat(reopened.count("MATCH (o:Organization) RETURN count(o)")).isEqualTo(2_000);
            assertThat(reopened.count("MATCH ()-[r]->() WHERE type(r) IN " + FORMAT_TYPES + " RETURN count(r)"))
                    .isEqualTo(generated.relationshipCount());
            assertThat(reopened.count("MATCH (c:ImportCheckpoint) RETURN count(c)"))
                    .isZero();
        }
    }
}
