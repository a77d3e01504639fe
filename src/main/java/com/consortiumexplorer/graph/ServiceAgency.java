package com.consortiumexplorer.graph;

import org.springframework.data.neo4j.core.schema.Node;

/** A service agency: finance, intermediary, certification or other services to a consortium. */
@Node("ServiceAgency")
public class ServiceAgency extends Organization {

    private AgencyService service;

    protected ServiceAgency() {}

    public ServiceAgency(String id, String name, AgencyService service) {
        super(id, name);
        this.service = service;
    }

    @Override
    public OrganizationType type() {
        return OrganizationType.SERVICE_AGENCY;
    }

    public AgencyService getService() {
        return service;
    }

    public void setService(AgencyService service) {
        this.service = service;
    }
}
