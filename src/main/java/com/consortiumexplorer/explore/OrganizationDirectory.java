package com.consortiumexplorer.explore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
@Transactional(readOnly = true, timeout = ApiLimits.QUERY_TIMEOUT_SECONDS)
public class OrganizationDirectory {

    /** Largest page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = ApiLimits.MAX_PAGE_SIZE;

    private static final String PROJECTION = "RETURN " + OrganizationSummary.cypher("o") + " AS organization";

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
                .mappedBy((types, row) -> OrganizationSummary.of(row.get("organization")))
                .one();
    }

    /**
     * A page of organizations in id order, starting after the given id (or at the start).
     *
     * @param first how many to return, 1 to {@link #MAX_PAGE_SIZE}
     * @param afterId the id of the last organization of the previous page, or null
     */
    public OrganizationPage page(int first, String afterId) {
        Page<OrganizationSummary> page = page(
                OrganizationFilter.NONE,
                OrganizationOrder.BY_ID,
                first,
                afterId == null ? null : Cursors.encode(afterId));
        return new OrganizationPage(page.items(), page.hasNext(), page.hasPrevious(), page.totalCount());
    }

    /**
     * A page of the organizations that pass a filter, in the given order, after a cursor.
     *
     * @param first how many to return, 1 to {@link #MAX_PAGE_SIZE}
     * @param after the cursor of the last organization of the previous page in the same order, or null
     * @throws IllegalArgumentException for a page size out of range, a forged cursor, a contradictory filter
     */
    public Page<OrganizationSummary> page(OrganizationFilter filter, OrganizationOrder order, int first, String after) {
        int size = ApiLimits.pageSize(first);
        OrganizationFilter conditions = filter == null ? OrganizationFilter.NONE : filter;
        OrganizationOrder sort = order == null ? OrganizationOrder.BY_ID : order;
        Cursors.Key position = after == null ? null : Cursors.decode(sort.cursorName(), after);
        if (position != null && sort.field() != OrganizationOrder.Field.ID && position.key() == null) {
            throw new IllegalArgumentException("Not a valid cursor for this list and order: " + after);
        }
        Map<String, Object> parameters = conditions.parameters();
        Map<String, Object> bound = new HashMap<>(parameters);
        bound.put("afterId", position == null ? null : position.id());
        bound.put("afterKey", position == null ? null : position.key() == null ? position.id() : position.key());
        bound.put("limit", size + 1L);
        String seek = sort.direction().seek();
        String direction = sort.direction().keyword();
        // The order's key expression and keywords come from enums, never from the request.
        Collection<Record> rows = neo4j.query(OrganizationFilter.MATCH + "WITH o, "
                        + sort.field().cypher()
                        + " AS sortKey\n"
                        + "WHERE $afterId IS NULL OR sortKey " + seek + " $afterKey OR (sortKey = $afterKey AND o.id "
                        + seek + " $afterId)\n"
                        + "WITH o, sortKey ORDER BY sortKey " + direction + ", o.id " + direction + " LIMIT $limit\n"
                        + PROJECTION + ", sortKey")
                .bindAll(bound)
                .fetchAs(Record.class)
                .mappedBy((types, row) -> row)
                .all();
        List<OrganizationSummary> items = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        rows.stream().limit(size).forEach(row -> {
            OrganizationSummary organization = OrganizationSummary.of(row.get("organization"));
            items.add(organization);
            cursors.add(Cursors.encode(
                    sort.cursorName(),
                    organization.id(),
                    sort.field() == OrganizationOrder.Field.ID ? null : key(row.get("sortKey"))));
        });
        long total = neo4j.query(OrganizationFilter.MATCH + "RETURN count(o) AS total")
                .bindAll(parameters)
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
        return new Page<>(items, cursors, rows.size() > size, position != null, total);
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
                .mappedBy((types, row) -> OrganizationSummary.of(row.get("organization")))
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

    private static Object key(Value value) {
        Object key = value.asObject();
        return key instanceof Number number ? (Object) number.longValue() : key.toString();
    }
}
