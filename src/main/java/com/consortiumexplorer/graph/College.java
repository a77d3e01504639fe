package com.consortiumexplorer.graph;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** A college or school, the main body of talent cultivation (学校主体). */
@Node("College")
public class College extends Organization {

    private CollegeKind kind;

    @Relationship("OFFERS")
    private List<MajorOffer> offers = new ArrayList<>();

    @Relationship("SUPPLIES_TALENT")
    private List<TalentSupply> talentSupplies = new ArrayList<>();

    protected College() {}

    public College(String id, String name, CollegeKind kind) {
        super(id, name);
        this.kind = kind;
    }

    @Override
    public OrganizationType type() {
        return OrganizationType.COLLEGE;
    }

    public CollegeKind getKind() {
        return kind;
    }

    public void setKind(CollegeKind kind) {
        this.kind = kind;
    }

    public List<MajorOffer> getOffers() {
        return offers;
    }

    public List<TalentSupply> getTalentSupplies() {
        return talentSupplies;
    }
}
