package com.consortiumexplorer.graph;

import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** A signed bilateral cooperation agreement between two organizations. */
@RelationshipProperties
public class Collaboration {

    @RelationshipId
    private String id;

    @TargetNode
    private Organization partner;

    private CooperationKind kind;
    private Integer since;

    protected Collaboration() {}

    public Collaboration(Organization partner, CooperationKind kind, Integer since) {
        this.partner = partner;
        this.kind = kind;
        this.since = since;
    }

    public Organization getPartner() {
        return partner;
    }

    public CooperationKind getKind() {
        return kind;
    }

    public Integer getSince() {
        return since;
    }
}
