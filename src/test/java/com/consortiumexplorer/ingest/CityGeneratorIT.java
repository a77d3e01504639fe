package com.consortiumexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.ExplorerIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

@ExplorerIntegrationTest
class CityGeneratorIT {

    private final String prefix = "t-" + UUID.randomUUID() + "-";

    @Autowired
    Driver driver;

    @Autowired
    CityGenerator generator;

    private long count(String query) {
        return driver.executableQuery(query)
                .withParameters(Map.of("prefix", prefix))
                .execute()
                .records()
                .getFirst()
                .get(0)
                .asLong();
    }

    @AfterEach
    void removeTheCity() {
        driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n")
                .withParameters(Map.of("prefix", prefix))
                .execute();
    }

    @Test
    void writesTheCityStraightIntoTheDatabase() {
        long industries = count("MATCH (i:Industry) RETURN count(i)");
        GenerationReport report =
                generator.generate(GeneratorSettings.database(300, 11).withIdPrefix(prefix));

        long catalogue = report.nodes().get("Industry") + report.nodes().get("Major");
        assertThat(count("MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n)"))
                .isEqualTo(report.nodeCount() - catalogue);
        assertThat(count("MATCH (o:Organization) WHERE o.id STARTS WITH $prefix RETURN count(o)"))
                .isEqualTo(300);
        // Every generated relationship touches a generated node, except the catalogue's own SERVES, which the
        // demo city already holds (the generator merges, so they are not doubled).
        assertThat(count("""
                        MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $prefix OR b.id STARTS WITH $prefix
                        RETURN count(r)
                        """))
                .isEqualTo(report.relationshipCount() - report.relationships().get("SERVES"));
        assertThat(count("MATCH (i:Industry) RETURN count(i)")).isEqualTo(industries);
        assertThat(count("""
                        MATCH (o:Organization) WHERE o.id STARTS WITH $prefix AND o.version = 0
                        AND size([l IN labels(o) WHERE l <> 'Organization']) = 1
                        RETURN count(o)
                        """)).isEqualTo(300);
    }
}
