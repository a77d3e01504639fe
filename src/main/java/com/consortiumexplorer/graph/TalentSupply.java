package com.consortiumexplorer.graph;

import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** Graduates of one major that a college supplied to an enterprise in one year (talent flow). */
@RelationshipProperties
public class TalentSupply {

    @RelationshipId
    private String id;

    @TargetNode
    private Enterprise employer;

    private Integer graduates;
    private Integer year;
    private String majorCode;

    protected TalentSupply() {}

    public TalentSupply(Enterprise employer, Integer graduates, Integer year, String majorCode) {
        this.employer = employer;
        this.graduates = graduates;
        this.year = year;
        this.majorCode = majorCode;
    }

    public Enterprise getEmployer() {
        return employer;
    }

    public Integer getGraduates() {
        return graduates;
    }

    public Integer getYear() {
        return year;
    }

    public String getMajorCode() {
        return majorCode;
    }
}
