package com.consortiumexplorer.graph;

import org.springframework.data.neo4j.core.schema.Node;

/** A research institute, a source of technology transfer. */
@Node("ResearchInstitute")
public class ResearchInstitute extends Organization {

    private String field;
    private String fieldEn;

    protected ResearchInstitute() {}

    public ResearchInstitute(String id, String name, String field) {
        super(id, name);
        this.field = field;
    }

    @Override
    public OrganizationType type() {
        return OrganizationType.RESEARCH_INSTITUTE;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getFieldEn() {
        return fieldEn;
    }

    public void setFieldEn(String fieldEn) {
        this.fieldEn = fieldEn;
    }
}
