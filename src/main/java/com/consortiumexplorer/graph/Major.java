package com.consortiumexplorer.graph;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** A major (专业) of the vocational major catalogue, a link of the education chain (教育链). */
@Node("Major")
public class Major {

    @Id
    private String code;

    private String name;
    private String nameEn;

    @Relationship("SERVES")
    private List<Industry> servedIndustries = new ArrayList<>();

    protected Major() {}

    public Major(String code, String name, String nameEn) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public List<Industry> getServedIndustries() {
        return servedIndustries;
    }
}
