package com.consortiumexplorer.graph;

import org.springframework.data.neo4j.core.schema.Node;

/** An industry association that aggregates an industry (产业聚合). */
@Node("IndustryAssociation")
public class IndustryAssociation extends Organization {

    protected IndustryAssociation() {}

    public IndustryAssociation(String id, String name) {
        super(id, name);
    }

    @Override
    public OrganizationType type() {
        return OrganizationType.INDUSTRY_ASSOCIATION;
    }
}
