package com.consortiumexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline path of the {@code import} command ({@link EmptyDatabaseImport}) against the transactional one, on
 * engines of their own (no Spring context): the same graph, all or nothing, and only for a database without a
 * store.
 */
class OfflineImportIT {

    private static final GraphImporter.Progress QUIET = (phase, done, total) -> {};

    @TempDir
    Path folder;

    private static GraphImporter transactional(ScratchNeo4j db) {
        return new GraphImporter(new GraphWriters(db.driver(), db.database(), null), db.driver());
    }

    private static String export(ScratchNeo4j db) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GraphExporter(db.driver()).export(ExportFormat.JSON, ExportScope.all(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anEmptyDatabaseGetsTheSameGraphAsFromTheTransactionalImportAndReimportsChangeNothing() {
        Path city = folder.resolve("city");
        new CityGenerator(null, null).generate(GeneratorSettings.csv(GeneratorSettings.MIN_ORGANIZATIONS, 7, city));
        for (Path source : List.of(Path.of("docs/examples/csv"), city)) {
            String name = source.getFileName().toString();
            Path home = folder.resolve(name + "-offline");
            Path aside = folder.resolve(name + "-aside");

            ImportReport report =
                    EmptyDatabaseImport.importIfEmpty(source, home, aside, QUIET, new GraphImporter.BuildTimings());

            assertThat(report.status()).isEqualTo(ImportReport.Status.COMPLETED);
            assertThat(report.relationships()).isPositive();
            assertThat(aside).doesNotExist();
            assertThat(EmptyDatabaseImport.importIfEmpty(source, home, aside, QUIET, new GraphImporter.BuildTimings()))
                    .as("a database with a store is imported into as usual")
                    .isNull();
            // One engine for both paths (starting engines is what takes the time): the offline store first, then
            // the same database emptied and imported into with the transactional writer.
            try (ScratchNeo4j db = new ScratchNeo4j(home)) {
                String offline = export(db);
                ImportReport again = transactional(db).importData(source, 1000, "test", QUIET);
                assertThat(again.status()).isEqualTo(ImportReport.Status.COMPLETED);
                assertThat(export(db)).as("%s imported again", name).isEqualTo(offline);

                db.driver().executableQuery("MATCH (n) DETACH DELETE n").execute();
                ImportReport usual = transactional(db).importData(source, 1000, "test", QUIET);

                assertThat(export(db)).as(name).isEqualTo(offline);
                assertThat(usual.nodes()).isEqualTo(report.nodes());
                assertThat(usual.relationships()).isEqualTo(report.relationships());
            }
        }
    }

    @Test
    void invalidInputOrARepeatedRelationshipLeavesTheDatabaseWithoutAStore() throws IOException {
        Path input = folder.resolve("input");
        Files.createDirectories(input);
        try (var files = Files.list(Path.of("docs/examples/csv"))) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        Path home = folder.resolve("home");
        Path aside = folder.resolve("aside");
        Path membership = input.resolve("MEMBER_OF.csv");
        String valid = Files.readString(membership);
        Files.writeString(membership, valid + "ex-gov-city,ex-cons-battery,2021-06-18,KING,,\n");

        ImportReport rejected =
                EmptyDatabaseImport.importIfEmpty(input, home, aside, QUIET, new GraphImporter.BuildTimings());

        assertThat(rejected.status()).isEqualTo(ImportReport.Status.REJECTED);
        assertThat(rejected.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("MEMBER_OF.csv");
            assertThat(p.column()).isEqualTo(4);
        });
        assertThat(home).doesNotExist();
        assertThat(aside).doesNotExist();

        // The same membership twice: the transactional writers merge the rows, the offline importer cannot.
        String first = valid.lines().skip(1).findFirst().orElseThrow();
        Files.writeString(membership, valid + first + "\n");

        assertThat(EmptyDatabaseImport.importIfEmpty(input, home, aside, QUIET, new GraphImporter.BuildTimings()))
                .isNull();
        assertThat(home).doesNotExist();
        assertThat(aside).doesNotExist();
    }
}
