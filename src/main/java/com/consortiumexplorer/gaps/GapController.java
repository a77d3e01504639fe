package com.consortiumexplorer.gaps;

import com.consortiumexplorer.graph.OrganizationBrief;
import com.consortiumexplorer.graph.OrganizationType;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL queries for collaboration gaps. */
@Controller
class GapController {

    private static final int DEFAULT_FIRST = 10;

    private final GapFinder gaps;

    GapController(GapFinder gaps) {
        this.gaps = gaps;
    }

    @QueryMapping
    List<CollaborationGap> collaborationGaps(
            @Argument String organizationId, @Argument List<OrganizationType> partnerTypes, @Argument Integer first) {
        return gaps.collaborationGaps(organizationId, partnerTypes, first == null ? DEFAULT_FIRST : first);
    }

    @QueryMapping
    List<PairGap> consortiumGaps(@Argument String consortiumId, @Argument Integer first) {
        return gaps.consortiumGaps(consortiumId, first == null ? DEFAULT_FIRST : first);
    }

    @QueryMapping
    List<OrganizationBrief> unconnectedMembers(@Argument String consortiumId) {
        return gaps.unconnectedMembers(consortiumId);
    }
}
