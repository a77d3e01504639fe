package com.consortiumexplorer.graph;

import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** Funding that flows to a program. */
@RelationshipProperties
public class ProgramFunding extends Funding {

    @TargetNode
    private Program recipient;

    protected ProgramFunding() {}

    public ProgramFunding(Program recipient, Long amount, Integer year, FundingChannel channel) {
        super(amount, year, channel);
        this.recipient = recipient;
    }

    public Program getRecipient() {
        return recipient;
    }
}
