package com.consortiumexplorer.explore;

import com.consortiumexplorer.graph.GraphChange;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps explorer views under a name so they can be opened again, or by anyone with the link. */
@Service
@Transactional(readOnly = true)
public class SavedViews {

    /** Longest name of a saved view. */
    public static final int MAX_NAME_LENGTH = 80;

    /** Largest state of a saved view, in characters (about 5,000 positioned nodes). */
    public static final int MAX_STATE_LENGTH = 2_000_000;

    private final Neo4jClient neo4j;
    private final ApplicationEventPublisher events;

    SavedViews(Neo4jClient neo4j, ApplicationEventPublisher events) {
        this.neo4j = neo4j;
        this.events = events;
    }

    /**
     * Saves a view and returns it with its new id. Only signed-in users save: a view is written into the graph
     * and may hold megabytes, so anonymous visitors (who may read when anonymous reading is on) only open views.
     */
    @Transactional
    @PreAuthorize("hasRole('VIEWER')")
    public SavedView save(String name, String state, String savedBy) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A view needs a name of 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (state == null || state.isBlank() || state.length() > MAX_STATE_LENGTH) {
            throw new IllegalArgumentException("A view's state must hold 1 to " + MAX_STATE_LENGTH + " characters");
        }
        SavedView view = new SavedView(UUID.randomUUID().toString(), trimmed, state, savedBy, Instant.now());
        neo4j.query("""
                        CREATE (v:SavedView {id: $id, name: $name, state: $state, savedBy: $savedBy, savedAt: $savedAt})
                        """)
                .bindAll(Map.of(
                        "id", view.id(),
                        "name", view.name(),
                        "state", view.state(),
                        "savedBy", savedBy,
                        "savedAt", ZonedDateTime.ofInstant(view.savedAt(), ZoneOffset.UTC)))
                .run();
        events.publishEvent(new GraphChange(
                "saveView", "SavedView", view.id(), Map.of(), Map.of("name", view.name()), savedBy, view.savedAt()));
        return view;
    }

    /** The view with this id, if any. */
    public Optional<SavedView> find(String id) {
        return neo4j.query("MATCH (v:SavedView {id: $id}) RETURN v")
                .bind(id)
                .to("id")
                .fetchAs(SavedView.class)
                .mappedBy((t, row) -> map(row.get("v").asMap()))
                .one();
    }

    /** The most recently saved views, newest first, without their states. */
    public List<SavedView> recent(int limit) {
        return neo4j
                .query("""
                        MATCH (v:SavedView)
                        WITH v ORDER BY v.savedAt DESC LIMIT $limit
                        RETURN v {.id, .name, .savedBy, .savedAt} AS v
                        """)
                .bindAll(Map.of("limit", (long) limit))
                .fetchAs(SavedView.class)
                .mappedBy((t, row) -> map(row.get("v").asMap()))
                .all()
                .stream()
                .toList();
    }

    /** Deletes a view; an administrator's task. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public boolean delete(String id) {
        boolean deleted = neo4j.query("MATCH (v:SavedView {id: $id}) DELETE v RETURN count(*) AS n")
                        .bind(id)
                        .to("id")
                        .fetchAs(Long.class)
                        .one()
                        .orElse(0L)
                > 0;
        if (deleted) {
            events.publishEvent(
                    new GraphChange("deleteView", "SavedView", id, Map.of(), Map.of(), "system", Instant.now()));
        }
        return deleted;
    }

    private static SavedView map(Map<String, Object> v) {
        Object at = v.get("savedAt");
        Instant savedAt = at instanceof ZonedDateTime z ? z.toInstant() : null;
        return new SavedView(
                (String) v.get("id"),
                (String) v.get("name"),
                (String) v.get("state"),
                (String) v.get("savedBy"),
                savedAt);
    }
}
