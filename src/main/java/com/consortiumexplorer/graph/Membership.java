package com.consortiumexplorer.graph;

import java.time.LocalDate;
import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/**
 * A membership of an organization in a consortium. Leaving sets {@code until} and {@code exitReason}; the
 * relationship is never deleted, so the membership history stays in the graph.
 */
@RelationshipProperties
public class Membership {

    @RelationshipId
    private String id;

    @TargetNode
    private Consortium consortium;

    private MemberRole role;
    private LocalDate since;
    private LocalDate until;
    private ExitReason exitReason;

    protected Membership() {}

    public Membership(Consortium consortium, MemberRole role, LocalDate since) {
        this.consortium = consortium;
        this.role = role;
        this.since = since;
    }

    /** Records the exit of this member; the membership stays as history. */
    public void exit(LocalDate until, ExitReason exitReason) {
        this.until = until;
        this.exitReason = exitReason;
    }

    /** Whether the membership was still running on the given day. */
    public boolean isActiveOn(LocalDate day) {
        return (since == null || !since.isAfter(day)) && (until == null || until.isAfter(day));
    }

    public Consortium getConsortium() {
        return consortium;
    }

    public MemberRole getRole() {
        return role;
    }

    public LocalDate getSince() {
        return since;
    }

    public LocalDate getUntil() {
        return until;
    }

    public ExitReason getExitReason() {
        return exitReason;
    }
}
