package com.consortiumexplorer.graph;

import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** A technology transferred from one organization to another (technology flow). */
@RelationshipProperties
public class TechnologyTransfer {

    @RelationshipId
    private String id;

    @TargetNode
    private Organization recipient;

    private String title;
    private Long value;
    private Integer year;

    protected TechnologyTransfer() {}

    public TechnologyTransfer(Organization recipient, String title, Long value, Integer year) {
        this.recipient = recipient;
        this.title = title;
        this.value = value;
        this.year = year;
    }

    public Organization getRecipient() {
        return recipient;
    }

    public String getTitle() {
        return title;
    }

    /** Contract value in CNY. */
    public Long getValue() {
        return value;
    }

    public Integer getYear() {
        return year;
    }
}
