package com.consortiumexplorer.security;

import com.consortiumexplorer.graph.GraphChange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit trail. Every {@link GraphChange} is written as an {@code :AuditEntry} node in the same
 * transaction as the change itself, so a change is committed with its audit record or not at all.
 */
@Service
public class AuditTrail {

    /** Largest page of entries a caller may ask for. */
    public static final int MAX_PAGE = 500;

    private static final String PROJECTION = """
            RETURN a.id AS id, a.at AS at, a.actor AS actor, a.operation AS operation, a.entityType AS entityType,
                   a.entityId AS entityId, a.before AS before, a.after AS after
            """;

    private final Neo4jClient neo4j;
    private final JsonMapper json;

    AuditTrail(Neo4jClient neo4j, JsonMapper json) {
        this.neo4j = neo4j;
        this.json = json;
    }

    @EventListener
    void record(GraphChange change) {
        String actor = change.actor() == null || change.actor().isBlank() ? Actors.current() : change.actor();
        Map<String, Object> entry = new HashMap<>();
        entry.put("id", UUID.randomUUID().toString());
        entry.put("at", change.at().toString());
        entry.put("actor", actor);
        entry.put("operation", change.operation());
        entry.put("entityType", change.entityType());
        entry.put("entityId", change.entityId());
        entry.put("before", json.writeValueAsString(change.before()));
        entry.put("after", json.writeValueAsString(change.after()));
        neo4j.query("""
                        CREATE (a:AuditEntry {id: $id, at: datetime($at), actor: $actor, operation: $operation,
                                              entityType: $entityType, entityId: $entityId, before: $before,
                                              after: $after})
                        """).bindAll(entry).run();
    }

    /**
     * Entries newest first, optionally only those of one entity or one operation.
     *
     * @param first how many, 1 to {@link #MAX_PAGE}
     * @param skip how many of the newest to pass over
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> entries(int first, int skip, String entityId, String operation) {
        if (first < 1 || first > MAX_PAGE || skip < 0) {
            throw new IllegalArgumentException("first must be between 1 and " + MAX_PAGE + " and skip not negative");
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("entityId", entityId);
        parameters.put("operation", operation);
        parameters.put("skip", (long) skip);
        parameters.put("first", (long) first);
        return neo4j
                .query("""
                        MATCH (a:AuditEntry)
                        WHERE ($entityId IS NULL OR a.entityId = $entityId)
                          AND ($operation IS NULL OR a.operation = $operation)
                        WITH a ORDER BY a.at DESC, a.id SKIP $skip LIMIT $first
                        """ + PROJECTION)
                .bindAll(parameters)
                .fetchAs(AuditEntry.class)
                .mappedBy((types, row) -> new AuditEntry(
                        row.get("id").asString(),
                        row.get("at").asZonedDateTime().toInstant(),
                        row.get("actor").asString(),
                        row.get("operation").asString(),
                        row.get("entityType").asString(),
                        row.get("entityId").asString(null),
                        row.get("before").asString(null),
                        row.get("after").asString(null)))
                .all()
                .stream()
                .toList();
    }

    /** Writes the whole trail, oldest first, as CSV with a header row. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public void exportCsv(Writer out) {
        try {
            out.write("id,at,actor,operation,entityType,entityId,before,after\n");
            for (Map<String, Object> row : neo4j.query("""
                            MATCH (a:AuditEntry)
                            RETURN a.id AS id, toString(a.at) AS at, a.actor AS actor, a.operation AS operation,
                                   a.entityType AS entityType, a.entityId AS entityId, a.before AS before,
                                   a.after AS after
                            ORDER BY a.at, a.id
                            """).fetch().all()) {
                out.write(String.join(
                        ",",
                        List.of("id", "at", "actor", "operation", "entityType", "entityId", "before", "after").stream()
                                .map(column -> csv(row.get(column)))
                                .toList()));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(Object value) {
        String text = value == null ? "" : value.toString();
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
