package com.consortiumexplorer.graph;

import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** Funding that flows to a project. */
@RelationshipProperties
public class ProjectFunding extends Funding {

    @TargetNode
    private Project recipient;

    protected ProjectFunding() {}

    public ProjectFunding(Project recipient, Long amount, Integer year, FundingChannel channel) {
        super(amount, year, channel);
        this.recipient = recipient;
    }

    public Project getRecipient() {
        return recipient;
    }
}
