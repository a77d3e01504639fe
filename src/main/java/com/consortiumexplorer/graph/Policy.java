package com.consortiumexplorer.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** A policy document issued by a government that supports consortia, programs or projects. */
@Node("Policy")
public class Policy {

    @Id
    private String id;

    private String title;
    private String titleEn;
    private LocalDate issued;
    private PolicyLevel level;

    @Relationship("SUPPORTS")
    private List<Consortium> supportedConsortia = new ArrayList<>();

    @Relationship("SUPPORTS")
    private List<Program> supportedPrograms = new ArrayList<>();

    @Relationship("SUPPORTS")
    private List<Project> supportedProjects = new ArrayList<>();

    protected Policy() {}

    public Policy(String id, String title, LocalDate issued, PolicyLevel level) {
        this.id = id;
        this.title = title;
        this.issued = issued;
        this.level = level;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public LocalDate getIssued() {
        return issued;
    }

    public PolicyLevel getLevel() {
        return level;
    }

    public List<Consortium> getSupportedConsortia() {
        return supportedConsortia;
    }

    public List<Program> getSupportedPrograms() {
        return supportedPrograms;
    }

    public List<Project> getSupportedProjects() {
        return supportedProjects;
    }
}
