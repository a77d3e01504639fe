package com.consortiumexplorer.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What {@link CityGenerator} made.
 *
 * @param nodes nodes written, by label (type label for organizations)
 * @param relationships relationships written, by type
 * @param plantedGaps pairs of organizations the hidden collaboration model rates highly that have no
 *     connection in the generated graph, best first (at most {@value CityGenerator#MAX_PLANTED_GAPS}): what a
 *     gap finder should recover
 * @param took wall-clock time of the generation (including writing)
 */
public record GenerationReport(
        Map<String, Long> nodes, Map<String, Long> relationships, List<PlantedGap> plantedGaps, Duration took) {

    /** Total number of nodes written. */
    public long nodeCount() {
        return nodes.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Total number of relationships written. */
    public long relationshipCount() {
        return relationships.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * A pair that would collaborate under the hidden model but is not connected.
     *
     * @param a id of one organization
     * @param b id of the other
     * @param affinity the hidden model's collaboration probability for the pair
     */
    public record PlantedGap(String a, String b, double affinity) {}
}
