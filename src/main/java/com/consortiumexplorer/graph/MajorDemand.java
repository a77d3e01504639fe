package com.consortiumexplorer.graph;

import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** An enterprise's talent demand for one major in one year (人才需求清单). */
@RelationshipProperties
public class MajorDemand {

    @RelationshipId
    private String id;

    @TargetNode
    private Major major;

    private Integer headcount;
    private Integer year;

    protected MajorDemand() {}

    public MajorDemand(Major major, Integer headcount, Integer year) {
        this.major = major;
        this.headcount = headcount;
        this.year = year;
    }

    public Major getMajor() {
        return major;
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public Integer getYear() {
        return year;
    }
}
