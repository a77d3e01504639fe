package com.consortiumexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTests {

    @Test
    void theScriptsAreTheFilesOfTheMigrationsFolderAndNothingElse() throws IOException {
        List<String> found = SchemaMigrations.scripts(List.of("cypher/migrations")).stream()
                .map(URL::getPath)
                .map(path -> path.substring(path.lastIndexOf('/') + 1))
                .sorted()
                .toList();
        try (var files = Files.list(Path.of("cypher/migrations"))) {
            assertThat(found)
                    .isEqualTo(
                            files.map(f -> f.getFileName().toString()).sorted().toList())
                    .contains("V0001__Constraints.cypher");
        }
    }

    @Test
    void aFolderThatIsNotThereHasNoScripts() {
        assertThat(SchemaMigrations.scripts(List.of("cypher/no-such-folder"))).isEmpty();
    }
}
