package com.consortiumexplorer.graph;

import java.time.LocalDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A joint project: research, technology transfer, a co-built training base (实训基地), incubation, a platform. */
@Node("Project")
public class Project {

    @Id
    private String id;

    @Version
    private Long version;

    private String name;
    private String nameEn;
    private ProjectKind kind;
    private ProjectStatus status;
    private LocalDate start;
    private LocalDate end;
    private Long budget;

    protected Project() {}

    public Project(String id, String name, ProjectKind kind, ProjectStatus status) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.status = status;
    }

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public ProjectKind getKind() {
        return kind;
    }

    public void setKind(ProjectKind kind) {
        this.kind = kind;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public Long getBudget() {
        return budget;
    }

    public void setBudget(Long budget) {
        this.budget = budget;
    }
}
