package com.consortiumexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.ExplorerIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

@ExplorerIntegrationTest
class SchemaMigrationsIT {

    @Autowired
    SchemaMigrations migrations;

    @Autowired
    Driver driver;

    private List<String> names(String show) {
        return driver.executableQuery(show).execute().records().stream()
                .map(r -> r.get("name").asString())
                .toList();
    }

    private List<String> schema() {
        List<String> names = new java.util.ArrayList<>(names("SHOW CONSTRAINTS YIELD name RETURN name"));
        names.addAll(names("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"));
        return names.stream().sorted().toList();
    }

    @Test
    void schemaHoldsConstraintsIndexesAndTheCjkFullTextIndex() {
        assertThat(schema())
                .contains("organization_id", "consortium_id", "program_id", "project_id", "policy_id")
                .contains("industry_code", "major_code", "organization_name", "funds_year", "entity_names");
        String analyzer = driver.executableQuery(
                        "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'entity_names' "
                                + "RETURN options.indexConfig['fulltext.analyzer'] AS analyzer")
                .execute()
                .records()
                .getFirst()
                .get("analyzer")
                .asString();
        assertThat(analyzer).isEqualTo("cjk");
    }

    @Test
    void applyingTheMigrationsAgainChangesNothing() throws java.io.IOException {
        List<String> before = schema();
        String version = migrations.apply().orElseThrow();
        assertThat(version).isEqualTo(migrations.apply().orElseThrow());
        assertThat(schema()).isEqualTo(before);
        assertThat(migrations.isValid()).isTrue();
        long applied = driver.executableQuery(
                        "MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN count(m) AS n")
                .execute()
                .records()
                .getFirst()
                .get("n")
                .asLong();
        // Every migration file is applied once; counting the files keeps this true as migrations are added.
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("cypher/migrations"))) {
            assertThat(applied)
                    .isEqualTo(files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.cypher"))
                            .count());
        }
    }

    @Test
    void fullTextSearchFindsChineseAndEnglishNames() {
        List<String> chinese = driver
                .executableQuery(
                        "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.name AS name")
                .withParameters(java.util.Map.of("q", "宜宾"))
                .execute()
                .records()
                .stream()
                .map(r -> r.get("name").asString())
                .toList();
        assertThat(chinese).isNotEmpty().allSatisfy(name -> assertThat(name).contains("宜宾"));
        long english = driver.executableQuery(
                        "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN count(node) AS n")
                .withParameters(java.util.Map.of("q", "battery"))
                .execute()
                .records()
                .getFirst()
                .get("n")
                .asLong();
        assertThat(english).isPositive();
    }
}
