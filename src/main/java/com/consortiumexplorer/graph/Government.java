package com.consortiumexplorer.graph;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** A government body that coordinates a consortium (政府统筹) and issues policies. */
@Node("Government")
public class Government extends Organization {

    private GovernmentLevel level;

    @Relationship("ISSUES")
    private List<Policy> policies = new ArrayList<>();

    protected Government() {}

    public Government(String id, String name, GovernmentLevel level) {
        super(id, name);
        this.level = level;
    }

    @Override
    public OrganizationType type() {
        return OrganizationType.GOVERNMENT;
    }

    public GovernmentLevel getLevel() {
        return level;
    }

    public void setLevel(GovernmentLevel level) {
        this.level = level;
    }

    public List<Policy> getPolicies() {
        return policies;
    }
}
