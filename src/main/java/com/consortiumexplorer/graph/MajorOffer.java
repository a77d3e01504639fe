package com.consortiumexplorer.graph;

import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** A major that a college offers, with its annual intake. */
@RelationshipProperties
public class MajorOffer {

    @RelationshipId
    private String id;

    @TargetNode
    private Major major;

    private Integer annualIntake;

    protected MajorOffer() {}

    public MajorOffer(Major major, Integer annualIntake) {
        this.major = major;
        this.annualIntake = annualIntake;
    }

    public Major getMajor() {
        return major;
    }

    public Integer getAnnualIntake() {
        return annualIntake;
    }
}
