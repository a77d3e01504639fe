package com.consortiumexplorer.graph;

import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** Hours of a facility (training base, lab) that one organization shared with another in a year. */
@RelationshipProperties
public class FacilitySharing {

    @RelationshipId
    private String id;

    @TargetNode
    private Organization user;

    private String facility;
    private Integer hours;
    private Integer year;

    protected FacilitySharing() {}

    public FacilitySharing(Organization user, String facility, Integer hours, Integer year) {
        this.user = user;
        this.facility = facility;
        this.hours = hours;
        this.year = year;
    }

    public Organization getUser() {
        return user;
    }

    public String getFacility() {
        return facility;
    }

    public Integer getHours() {
        return hours;
    }

    public Integer getYear() {
        return year;
    }
}
