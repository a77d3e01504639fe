package com.consortiumexplorer.consortium;

import com.consortiumexplorer.graph.OrganizationType;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL queries for the structure and health of consortia. */
@Controller
class StructureController {

    private static final int DEFAULT_FIRST = 20;

    private final StructureAnalysis structure;
    private final ConsortiumHealth health;

    StructureController(StructureAnalysis structure, ConsortiumHealth health) {
        this.structure = structure;
        this.health = health;
    }

    @QueryMapping
    List<CentralityScore> centrality(
            @Argument CentralityMeasure measure,
            @Argument String consortiumId,
            @Argument List<OrganizationType> types,
            @Argument Integer first,
            @Argument Boolean approximate) {
        return structure.centrality(
                measure, consortiumId, types, first == null ? DEFAULT_FIRST : first, Boolean.TRUE.equals(approximate));
    }

    @QueryMapping
    List<Broker> brokers(@Argument String consortiumId, @Argument Integer first) {
        return structure.brokers(consortiumId, first == null ? DEFAULT_FIRST : first);
    }

    @QueryMapping
    List<Community> communities(@Argument String consortiumId) {
        return structure.communities(consortiumId);
    }

    @QueryMapping
    HealthReport consortiumHealth(@Argument String consortiumId, @Argument Integer year) {
        return health.consortiumHealth(consortiumId, year);
    }
}
