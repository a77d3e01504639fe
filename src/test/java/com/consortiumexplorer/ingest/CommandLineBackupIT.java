package com.consortiumexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.graph.GraphSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code backup} and {@code restore} commands of the jar, each run in a child JVM as an operator would: a
 * backup of a data folder restored into another gives back exactly the same graph. The backup runs with
 * structured (ECS JSON) console logs, so the same run shows that each log line is then one JSON object.
 */
class CommandLineBackupIT {

    @TempDir
    Path folder;

    private record Run(int exitCode, List<String> output) {}

    private Run command(String... arguments) throws IOException, InterruptedException {
        List<String> commandLine = new ArrayList<>(List.of(arguments));
        commandLine.addAll(List.of("--explorer.embedded.bolt-port=0", "--explorer.embedded.page-cache=32"));
        ProcessBuilder builder = ChildJvm.application("512m", commandLine.toArray(String[]::new));
        builder.environment().put("EXPLORER_ADMIN_PASSWORD", "command-line-backup-password");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(
                process.exitValue(),
                new String(output, StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void aBackupRestoredIntoAnotherFolderGivesBackTheSameGraph() throws Exception {
        Path source = folder.resolve("source");
        Path target = folder.resolve("target");
        Path file = folder.resolve("city.backup.gz");

        Run backup = command(
                "backup",
                file.toString(),
                "--explorer.embedded.data-dir=" + source,
                "--explorer.demo-data=true",
                "--logging.structured.format.console=ecs");
        assertThat(backup.exitCode()).as(String.join("\n", backup.output())).isEqualTo(IngestCommandLine.OK);
        String summary = backup.output().stream()
                .filter(line -> line.startsWith("Backed up "))
                .findFirst()
                .orElseThrow();
        assertThat(summary).matches("Backed up [\\d,]+ nodes and [\\d,]+ relationships to .*");
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> logs = backup.output().stream()
                .filter(line -> line.startsWith("{"))
                .map(json::readTree)
                .toList();
        assertThat(logs).isNotEmpty().allSatisfy(log -> {
            assertThat(log.path("@timestamp").asString()).isNotBlank();
            assertThat(log.path("log").path("level").asString()).isNotBlank();
            assertThat(log.path("message").isString()).isTrue();
        });

        Run restore = command("restore", file.toString(), "--explorer.embedded.data-dir=" + target);
        assertThat(restore.exitCode()).as(String.join("\n", restore.output())).isEqualTo(IngestCommandLine.OK);
        assertThat(restore.output())
                .contains(summary.replace("Backed up", "Restored").replace(" to ", " from "));

        List<String> original;
        try (ScratchNeo4j reopened = new ScratchNeo4j(source.resolve("neo4j"))) {
            original = GraphSnapshot.of(reopened.driver());
        }
        try (ScratchNeo4j restored = new ScratchNeo4j(target.resolve("neo4j"))) {
            assertThat(original).hasSizeGreaterThan(1000);
            assertThat(GraphSnapshot.of(restored.driver())).isEqualTo(original);
        }

        Run missing = command("restore", folder.resolve("nothing.gz").toString());
        assertThat(missing.exitCode()).isEqualTo(IngestCommandLine.USAGE);
        assertThat(missing.output()).anyMatch(line -> line.contains("does not exist"));
    }
}
