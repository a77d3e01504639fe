package com.consortiumexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationsTests {

    @Test
    void theScriptsAreTheFilesOfTheMigrationsFolderAndNothingElse() throws IOException {
        List<String> found =
                SchemaMigrations.scripts(getClass().getClassLoader(), List.of("cypher/migrations")).stream()
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
    void aScriptUnderTwoRootsCountsOnceFromTheFirst(@TempDir Path first, @TempDir Path second) throws IOException {
        for (Path root : List.of(first, second)) {
            Files.createDirectories(root.resolve("cypher/migrations/nested"));
            Files.writeString(root.resolve("cypher/migrations/V0001__A.cypher"), "RETURN 1;");
        }
        Files.writeString(second.resolve("cypher/migrations/nested/V0002__B.cypher"), "RETURN 2;");
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {first.toUri().toURL(), second.toUri().toURL()}, null)) {
            List<URL> found = SchemaMigrations.scripts(loader, List.of("cypher/migrations"));
            assertThat(found)
                    .containsExactlyInAnyOrder(
                            first.resolve("cypher/migrations/V0001__A.cypher")
                                    .toUri()
                                    .toURL(),
                            second.resolve("cypher/migrations/nested/V0002__B.cypher")
                                    .toUri()
                                    .toURL());
        }
    }

    @Test
    void aFolderThatIsNotThereHasNoScripts() {
        assertThat(SchemaMigrations.scripts(getClass().getClassLoader(), List.of("cypher/no-such-folder")))
                .isEmpty();
    }
}
