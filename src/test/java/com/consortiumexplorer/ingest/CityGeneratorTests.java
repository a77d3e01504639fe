package com.consortiumexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CityGeneratorTests {

    @TempDir
    Path folder;

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path p : paths.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void sameSeedGivesTheSameCityAndAnotherSeedAnotherCity() throws IOException {
        GenerationReport first = CityGenerator.writeCsv(GeneratorSettings.csv(800, 42, folder.resolve("a")));
        GenerationReport second = CityGenerator.writeCsv(GeneratorSettings.csv(800, 42, folder.resolve("b")));
        CityGenerator.writeCsv(GeneratorSettings.csv(800, 43, folder.resolve("c")));

        Map<String, byte[]> a = files(folder.resolve("a"));
        Map<String, byte[]> b = files(folder.resolve("b"));
        Map<String, byte[]> c = files(folder.resolve("c"));
        assertThat(a.keySet()).hasSize(25).isEqualTo(b.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
        assertThat(first.nodes()).isEqualTo(second.nodes());
        assertThat(first.relationships()).isEqualTo(second.relationships());
        assertThat(first.plantedGaps()).isEqualTo(second.plantedGaps());
        assertThat(c.get("COLLABORATES_WITH.csv")).isNotEqualTo(a.get("COLLABORATES_WITH.csv"));
    }

    @Test
    void theCityHasTheShapeOfARealOne() throws IOException {
        GenerationReport report = CityGenerator.writeCsv(GeneratorSettings.csv(2_000, 7, folder));

        Map<String, Long> nodes = report.nodes();
        long organizations = nodes.entrySet().stream()
                .filter(e -> DataFormat.ORGANIZATION_TYPES.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
        assertThat(organizations).isEqualTo(2_000);
        assertThat(nodes.get("Enterprise")).isBetween(1_600L, 1_800L);
        assertThat(nodes.get("College")).isEqualTo(40);
        assertThat(nodes).containsKeys("Government", "ResearchInstitute", "IndustryAssociation", "ServiceAgency");
        assertThat(nodes.get("Industry")).isEqualTo(20);
        assertThat(nodes.get("Major")).isEqualTo(60);
        assertThat(report.relationships().keySet())
                .containsExactlyInAnyOrderElementsOf(DataFormat.RELATIONSHIP_FILES.stream()
                        .map(RelationshipFile::type)
                        .toList());
        // About ten relationships per organization, as the 100,000-organization city needs a million.
        assertThat(report.relationshipCount()).isBetween(16_000L, 26_000L);

        // Heavy-tailed partner counts: the busiest actor has many times the median number of partners.
        Map<String, Integer> degree = new HashMap<>();
        List<String> ties = Files.readAllLines(folder.resolve("COLLABORATES_WITH.csv"));
        for (String line : ties.subList(1, ties.size())) {
            String[] cells = line.split(",");
            degree.merge(cells[0], 1, Integer::sum);
            degree.merge(cells[1], 1, Integer::sum);
        }
        List<Integer> sorted = degree.values().stream().sorted().toList();
        assertThat(sorted.getLast()).isGreaterThan(15 * sorted.get(sorted.size() / 2));

        // Consortia with a chair, a council, joins over the years and recorded exits.
        List<String> memberships = Files.readAllLines(folder.resolve("MEMBER_OF.csv"));
        assertThat(memberships.getFirst()).isEqualTo("from,to,since,role,until,exitReason");
        assertThat(memberships).anyMatch(l -> l.contains(",CHAIR,"));
        assertThat(memberships).anyMatch(l -> l.contains(",COUNCIL,"));
        assertThat(memberships).anyMatch(l -> l.endsWith(",TERM_EXPIRED") || l.endsWith(",OTHER"));
        assertThat(memberships.stream()
                        .skip(1)
                        .map(l -> l.split(",")[2].substring(0, 4))
                        .distinct())
                .hasSizeGreaterThan(3);

        // Flows over several years.
        List<String> talent = Files.readAllLines(folder.resolve("SUPPLIES_TALENT.csv"));
        assertThat(talent.stream().skip(1).map(l -> l.split(",")[2]).distinct()).hasSizeGreaterThan(4);

        // The hidden model leaves high-affinity pairs unconnected: those are the planted gaps.
        assertThat(report.plantedGaps()).isNotEmpty();
        assertThat(report.plantedGaps().getFirst().affinity())
                .isGreaterThan(report.plantedGaps().getLast().affinity());
    }
}
