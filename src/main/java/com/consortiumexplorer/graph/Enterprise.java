package com.consortiumexplorer.graph;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** An enterprise that pulls cooperation (企业牵引) and publishes talent demand per major. */
@Node("Enterprise")
public class Enterprise extends Organization {

    private EnterpriseSize size;
    private boolean leading;
    private Ownership ownership;

    @Relationship("DEMANDS")
    private List<MajorDemand> demands = new ArrayList<>();

    protected Enterprise() {}

    public Enterprise(String id, String name, EnterpriseSize size) {
        super(id, name);
        this.size = size;
    }

    @Override
    public OrganizationType type() {
        return OrganizationType.ENTERPRISE;
    }

    public EnterpriseSize getSize() {
        return size;
    }

    public void setSize(EnterpriseSize size) {
        this.size = size;
    }

    public boolean isLeading() {
        return leading;
    }

    public void setLeading(boolean leading) {
        this.leading = leading;
    }

    public Ownership getOwnership() {
        return ownership;
    }

    public void setOwnership(Ownership ownership) {
        this.ownership = ownership;
    }

    public List<MajorDemand> getDemands() {
        return demands;
    }
}
