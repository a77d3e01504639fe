package com.consortiumexplorer.explore;

import com.consortiumexplorer.graph.OrganizationType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks organizations up and lists them, as read models mapped from Cypher. */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory {

    /** Largest page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = 500;

    private static final String PROJECTION = """
            RETURN o.id AS id, labels(o) AS labels, o.name AS name, o.nameEn AS nameEn, o.city AS city,
                   o.regionCode AS regionCode, o.founded AS founded, o.description AS description,
                   coalesce(o.version, 0) AS version, o.level AS level, o.kind AS kind, o.size AS size,
                   o.leading AS leading, o.ownership AS ownership, o.field AS field, o.service AS service
            """;

    private final Neo4jClient neo4j;

    OrganizationDirectory(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The organization with the given id, if any. */
    public Optional<OrganizationSummary> find(String id) {
        return neo4j.query("MATCH (o:Organization {id: $id})\n" + PROJECTION)
                .bind(id)
                .to("id")
                .fetchAs(OrganizationSummary.class)
                .mappedBy((types, row) -> map(row))
                .one();
    }

    /**
     * A page of organizations in id order, starting after the given id (or at the start).
     *
     * @param first how many to return, 1 to {@link #MAX_PAGE_SIZE}
     * @param afterId the id of the last organization of the previous page, or null
     */
    public OrganizationPage page(int first, String afterId) {
        if (first < 1 || first > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("first must be between 1 and " + MAX_PAGE_SIZE + ", was " + first);
        }
        Collection<OrganizationSummary> rows = neo4j.query("""
                        MATCH (o:Organization)
                        WHERE $after IS NULL OR o.id > $after
                        WITH o ORDER BY o.id LIMIT $limit
                        """ + PROJECTION)
                .bindAll(Map.of("limit", first + 1L))
                .bind(afterId)
                .to("after")
                .fetchAs(OrganizationSummary.class)
                .mappedBy((types, row) -> map(row))
                .all();
        List<OrganizationSummary> items = rows.stream().limit(first).toList();
        return new OrganizationPage(items, rows.size() > first, afterId != null, count());
    }

    /** Organizations ordered by Chinese name, for lazy lists that scroll by offset. */
    public List<OrganizationSummary> list(int offset, int limit) {
        return neo4j
                .query("""
                        MATCH (o:Organization)
                        WITH o ORDER BY o.name, o.id SKIP $offset LIMIT $limit
                        """ + PROJECTION)
                .bindAll(Map.of("offset", (long) offset, "limit", (long) limit))
                .fetchAs(OrganizationSummary.class)
                .mappedBy((types, row) -> map(row))
                .all()
                .stream()
                .toList();
    }

    /** Number of organizations in the graph. */
    public long count() {
        return neo4j.query("MATCH (o:Organization) RETURN count(o) AS n")
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
    }

    private static OrganizationSummary map(Record row) {
        OrganizationType type = OrganizationType.fromLabels(row.get("labels").asList(Value::asString))
                .orElseThrow(() -> new IllegalStateException(
                        "Organization " + row.get("id").asString() + " has no type label"));
        return new OrganizationSummary(
                row.get("id").asString(),
                type,
                row.get("name").asString(null),
                row.get("nameEn").asString(null),
                row.get("city").asString(null),
                row.get("regionCode").asString(null),
                row.get("founded").isNull() ? null : row.get("founded").asInt(),
                row.get("description").asString(null),
                row.get("version").asLong(),
                row.get("level").asString(null),
                row.get("kind").asString(null),
                row.get("size").asString(null),
                row.get("leading").isNull() ? null : row.get("leading").asBoolean(),
                row.get("ownership").asString(null),
                row.get("field").asString(null),
                row.get("service").asString(null));
    }
}
