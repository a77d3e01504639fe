package com.consortiumexplorer.graph;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** An industry of the national industry classification, a link of the industry chain (产业链). */
@Node("Industry")
public class Industry {

    @Id
    private String code;

    private String name;
    private String nameEn;

    protected Industry() {}

    public Industry(String code, String name, String nameEn) {
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
}
