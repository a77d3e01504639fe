package com.consortiumexplorer.flows;

import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL queries for resource flows, talent balance and chain alignment. */
@Controller
class FlowController {

    private final ResourceFlows flows;
    private final ChainAnalysis chains;

    FlowController(ResourceFlows flows, ChainAnalysis chains) {
        this.flows = flows;
        this.chains = chains;
    }

    @QueryMapping
    FlowSummary resourceFlows(
            @Argument List<FlowKind> kinds,
            @Argument String consortiumId,
            @Argument Integer fromYear,
            @Argument Integer toYear,
            @Argument FlowGrouping groupBy) {
        return flows.resourceFlows(kinds, consortiumId, fromYear, toYear, groupBy);
    }

    @QueryMapping
    TalentBalance talentBalance(@Argument String consortiumId, @Argument Integer year) {
        return chains.talentBalance(consortiumId, year);
    }

    @QueryMapping
    ChainAlignment chainAlignment(@Argument String consortiumId) {
        return chains.chainAlignment(consortiumId);
    }
}
