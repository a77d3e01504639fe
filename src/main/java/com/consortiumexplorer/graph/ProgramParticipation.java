package com.consortiumexplorer.graph;

import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** An organization's part in a program. */
@RelationshipProperties
public class ProgramParticipation {

    @RelationshipId
    private String id;

    @TargetNode
    private Program program;

    private ParticipationRole role;

    protected ProgramParticipation() {}

    public ProgramParticipation(Program program, ParticipationRole role) {
        this.program = program;
        this.role = role;
    }

    public Program getProgram() {
        return program;
    }

    public ParticipationRole getRole() {
        return role;
    }
}
