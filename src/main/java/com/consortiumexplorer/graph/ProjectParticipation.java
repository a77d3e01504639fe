package com.consortiumexplorer.graph;

import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** An organization's part in a project. */
@RelationshipProperties
public class ProjectParticipation {

    @RelationshipId
    private String id;

    @TargetNode
    private Project project;

    private ParticipationRole role;

    protected ProjectParticipation() {}

    public ProjectParticipation(Project project, ParticipationRole role) {
        this.project = project;
        this.role = role;
    }

    public Project getProject() {
        return project;
    }

    public ParticipationRole getRole() {
        return role;
    }
}
