package com.consortiumexplorer.graph;

import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** Funding that flows to an organization. */
@RelationshipProperties
public class OrganizationFunding extends Funding {

    @TargetNode
    private Organization recipient;

    protected OrganizationFunding() {}

    public OrganizationFunding(Organization recipient, Long amount, Integer year, FundingChannel channel) {
        super(amount, year, channel);
        this.recipient = recipient;
    }

    public Organization getRecipient() {
        return recipient;
    }
}
