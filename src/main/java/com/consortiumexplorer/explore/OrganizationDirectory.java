package com.consortiumexplorer.explore;

import com.consortiumexplorer.graph.GraphReads;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.springframework.stereotype.Service;

/**
 * Looks organizations up and lists them, as read models mapped from Cypher; each call is one read transaction
 * held to the API's time limit.
 */
@Service
public class OrganizationDirectory {

    /** Largest page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = ApiLimits.MAX_PAGE_SIZE;

    private final GraphReads reads;

    OrganizationDirectory(GraphReads reads) {
        this.reads = reads;
    }

    /**
     * Which parts of a page to read.
     *
     * @param items whether the organizations themselves are wanted (not when only the total is)
     * @param totalCount whether the number of organizations in all pages is wanted
     * @param lists the list fields to fetch along with each organization
     * @param selection what is read of each organization (and of its lists): a GraphQL selection, or everything
     */
    public record Parts(boolean items, boolean totalCount, List<OrganizationList<?>> lists, Lookahead selection) {

        /** Everything a plain page has: the items, whole, and the total, no lists. */
        public static final Parts ALL = new Parts(true, true, List.of(), Lookahead.EVERYTHING);
    }

    /** The organization with the given id, if any. */
    public Optional<OrganizationSummary> find(String id) {
        return find(id, List.of(), Lookahead.EVERYTHING).map(OrganizationWithLists::organization);
    }

    /**
     * The organization with the given id and the given list fields, in one statement.
     *
     * @param selection what is read of the organization and its lists; with a request's selection, the summaries
     *     hold only the selected properties
     */
    public Optional<OrganizationWithLists> find(String id, List<OrganizationList<?>> lists, Lookahead selection) {
        Function<GraphReads.Reader, Optional<OrganizationWithLists>> cypher = tx -> tx.one(
                "MATCH (o:Organization {id: $id})\n" + projection(lists, selection, ""),
                Map.of("id", id),
                row -> withLists(row, lists));
        if (lists.stream().allMatch(OrganizationList::readsInProcess)) {
            return reads.read(ApiLimits.QUERY_TIMEOUT, tx -> findInProcess(tx, id, lists, selection), cypher);
        }
        return reads.read(ApiLimits.QUERY_TIMEOUT, cypher);
    }

    /**
     * The organization and its lists through the engine's core API, when every list has that form: no statement to
     * plan and run, and no rows to build (most of a nested organization request's database time). The same
     * properties are read as the Cypher form reads.
     */
    private static Optional<OrganizationWithLists> findInProcess(
            Transaction tx, String id, List<OrganizationList<?>> lists, Lookahead selection) {
        Node o = tx.findNode(CoreProjection.ORGANIZATION, "id", id);
        if (o == null) {
            return Optional.empty();
        }
        OrganizationSummary organization =
                OrganizationSummary.of(Values.value(CoreProjection.organization(o, properties(lists, selection))));
        Map<String, List<?>> read = new LinkedHashMap<>();
        lists.forEach(list -> read.put(list.field(), list.read(tx, o, selection.at(list.field()), organization)));
        return Optional.of(new OrganizationWithLists(organization, read));
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
        return page(filter, order, first, after, Parts.ALL).map(OrganizationWithLists::organization);
    }

    /**
     * The parts of a page of the organizations that pass a filter: the statement that reads the page also reads
     * the wanted list fields of its organizations, and the total is counted only when wanted (else it is -1).
     *
     * @see #page(OrganizationFilter, OrganizationOrder, int, String)
     */
    public Page<OrganizationWithLists> page(
            OrganizationFilter filter, OrganizationOrder order, int first, String after, Parts parts) {
        int size = ApiLimits.pageSize(first);
        OrganizationFilter conditions = filter == null ? OrganizationFilter.NONE : filter;
        OrganizationOrder sort = order == null ? OrganizationOrder.BY_ID : order;
        Cursors.Key position = after == null ? null : Cursors.decode(sort.cursorName(), after);
        if (position != null && sort.field() != OrganizationOrder.Field.ID && position.key() == null) {
            throw new IllegalArgumentException("Not a valid cursor for this list and order: " + after);
        }
        Map<String, Object> parameters = conditions.parameters();
        String match = conditions.match();
        Map<String, Object> bound = new HashMap<>(parameters);
        bound.put("afterId", position == null ? null : position.id());
        bound.put("afterKey", position == null ? null : position.key() == null ? position.id() : position.key());
        bound.put("limit", size + 1L);
        String seek = sort.direction().seek();
        String direction = sort.direction().keyword();
        // The order's key expression and keywords come from enums, never from the request.
        String pageOf = match + "WITH o, "
                + sort.field().cypher()
                + " AS sortKey\n"
                + "WHERE $afterId IS NULL OR sortKey " + seek + " $afterKey OR (sortKey = $afterKey AND o.id " + seek
                + " $afterId)\n"
                + "WITH o, sortKey ORDER BY sortKey " + direction + ", o.id " + direction + " LIMIT $limit\n"
                + projection(parts.lists(), parts.selection(), ", sortKey");
        record Read(long total, List<? extends MapAccessor> rows) {}
        Read read = reads.read(
                ApiLimits.QUERY_TIMEOUT,
                tx -> new Read(
                        parts.totalCount()
                                ? tx.one(
                                                match + "RETURN count(o) AS total",
                                                parameters,
                                                row -> row.get("total").asLong())
                                        .orElse(0L)
                                : -1,
                        parts.items() ? tx.all(pageOf, bound, row -> row) : List.of()));
        long total = read.total();
        if (!parts.items()) {
            return new Page<>(List.of(), List.of(), false, position != null, total);
        }
        List<? extends MapAccessor> rows = read.rows();
        List<OrganizationWithLists> items = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        rows.stream().limit(size).forEach(row -> {
            OrganizationWithLists found = withLists(row, parts.lists());
            OrganizationSummary organization = found.organization();
            items.add(found);
            cursors.add(Cursors.encode(
                    sort.cursorName(),
                    organization.id(),
                    sort.field() == OrganizationOrder.Field.ID ? null : key(row.get("sortKey"))));
        });
        return new Page<>(items, cursors, rows.size() > size, position != null, total);
    }

    /** Organizations ordered by Chinese name, for lazy lists that scroll by offset. */
    public List<OrganizationSummary> list(int offset, int limit) {
        return reads.read(
                ApiLimits.QUERY_TIMEOUT,
                tx -> tx.all(
                        """
                        MATCH (o:Organization)
                        WITH o ORDER BY o.name, o.id SKIP $offset LIMIT $limit
                        """ + projection(List.of(), Lookahead.EVERYTHING, ""),
                        Map.of("offset", (long) offset, "limit", (long) limit),
                        row -> OrganizationSummary.of(row.get("organization"))));
    }

    /** Number of organizations in the graph. */
    public long count() {
        return reads.read(
                        ApiLimits.QUERY_TIMEOUT,
                        tx -> tx.one(
                                "MATCH (o:Organization) RETURN count(o) AS n",
                                Map.of(),
                                row -> row.get("n").asLong()))
                .orElse(0L);
    }

    /**
     * The RETURN clause of the organization bound to {@code o} and its lists, the organization with its
     * {@link #properties}.
     *
     * @param columns more columns after the organization, written in code
     */
    private static String projection(List<OrganizationList<?>> lists, Lookahead selection, String columns) {
        StringBuilder clause = new StringBuilder("RETURN ")
                .append(OrganizationSummary.cypher("o", properties(lists, selection)))
                .append(" AS organization")
                .append(columns);
        lists.forEach(list -> clause.append(",\n").append(list.projection(selection.at(list.field()))));
        return clause.toString();
    }

    /**
     * The properties read of the organization: those selected on it and those selected on it through its lists'
     * items, which take it from there.
     */
    private static List<String> properties(List<OrganizationList<?>> lists, Lookahead selection) {
        Set<String> selected = new HashSet<>(selection.among(OrganizationSummary.PROPERTIES));
        lists.forEach(list -> selected.addAll(list.selfProperties(selection.at(list.field()))));
        return OrganizationSummary.PROPERTIES.stream()
                .filter(selected::contains)
                .toList();
    }

    private static OrganizationWithLists withLists(MapAccessor row, List<OrganizationList<?>> lists) {
        OrganizationSummary organization = OrganizationSummary.of(row.get("organization"));
        Map<String, List<?>> read = new LinkedHashMap<>();
        lists.forEach(list -> read.put(list.field(), list.read(row, organization)));
        return new OrganizationWithLists(organization, read);
    }

    private static Object key(Value value) {
        Object key = value.asObject();
        return key instanceof Number number ? (Object) number.longValue() : key.toString();
    }
}
