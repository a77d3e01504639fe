package com.consortiumexplorer.explore;

import com.consortiumexplorer.graph.GraphReads;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;

/**
 * A list field shared by every organization type, answered by one Cypher {@code COLLECT} subquery over the
 * organization bound to {@code o}. The same subquery serves the field's batch loader (many organizations, one
 * statement) and the statement that finds or lists organizations, which fetches the selected lists along so that
 * a request level costs one statement.
 *
 * @param field the field of the GraphQL interface {@code Organization}
 * @param subquery Cypher written in code that reads {@code o} and returns one map per item, in item order, with
 *     what the selection below the field reads (everything for {@link Lookahead#EVERYTHING}); the same selection
 *     must always give the same text
 * @param mapper reads one item map; the second argument is the organization the list belongs to, which an item
 *     projected for a selection may leave out of its map (at {@code self}) to take from there
 * @param self the field of an item that holds the organization itself, or null
 * @param inProcess the same list read through the embedded engine's core API, or null: the item maps the subquery
 *     gives for the same selection, in the same order (see {@link CoreProjection})
 */
public record OrganizationList<T>(
        String field,
        Function<Lookahead, String> subquery,
        BiFunction<Value, OrganizationSummary, T> mapper,
        String self,
        InProcess inProcess) {

    private static final Pattern FIELD = Pattern.compile("[a-z][A-Za-z]*");

    public OrganizationList {
        if (!FIELD.matcher(field).matches()) {
            throw new IllegalArgumentException("Not a field name: " + field);
        }
    }

    /** A list with no core-API form. */
    public OrganizationList(
            String field,
            Function<Lookahead, String> subquery,
            BiFunction<Value, OrganizationSummary, T> mapper,
            String self) {
        this(field, subquery, mapper, self, null);
    }

    /** A list whose items are projected whole whatever the selection. */
    public OrganizationList(String field, String subquery, Function<Value, T> mapper) {
        this(field, selection -> subquery, (item, organization) -> mapper.apply(item), null);
    }

    /** A list read through the embedded engine's core API. */
    @FunctionalInterface
    public interface InProcess {

        /**
         * The item maps of the subquery for this selection, in its order.
         *
         * @param organization the organization the list belongs to
         * @param selection what the request reads below the list's field
         */
        List<Map<String, Object>> items(Transaction tx, Node organization, Lookahead selection);
    }

    /** This list with a form on the embedded engine's core API. */
    public OrganizationList<T> readInProcess(InProcess form) {
        return new OrganizationList<>(field, subquery, mapper, self, form);
    }

    /** Whether the list has a form on the embedded engine's core API. */
    boolean readsInProcess() {
        return inProcess != null;
    }

    /**
     * The list of an organization through the core API, mapped as the Cypher form's items are.
     *
     * @param selection what the request reads below this field
     * @param summary the organization as read, for the items that leave it out
     */
    List<T> read(Transaction tx, Node organization, Lookahead selection, OrganizationSummary summary) {
        return inProcess.items(tx, organization, selection).stream()
                .map(item -> mapper.apply(Values.value(item), summary))
                .toList();
    }

    /** Name of the field's data loader. */
    String loaderName() {
        return "Organization." + field;
    }

    /**
     * A column of a RETURN clause holding the list of the organization bound to {@code o}.
     *
     * @param selection what the request reads below this field
     */
    String projection(Lookahead selection) {
        return "COLLECT {\n" + subquery.apply(selection) + "\n} AS " + column();
    }

    /** The properties of the organization itself that the selection reads through its items, in their order. */
    List<String> selfProperties(Lookahead selection) {
        return self == null ? List.of() : selection.at(self).among(OrganizationSummary.PROPERTIES);
    }

    /** The list in a row that has the column of {@link #projection}, of the organization read from the row. */
    List<T> read(MapAccessor row, OrganizationSummary organization) {
        return row.get(column()).asList(item -> mapper.apply(item, organization));
    }

    /** The lists of many organizations with one statement, every organization present (empty when it has none). */
    public Map<OrganizationSummary, List<T>> load(GraphReads reads, Collection<OrganizationSummary> organizations) {
        List<String> ids =
                organizations.stream().map(OrganizationSummary::id).distinct().toList();
        Map<String, List<T>> byId = new HashMap<>();
        reads.read(
                        ApiLimits.QUERY_TIMEOUT,
                        tx -> tx.all(
                                "UNWIND $ids AS id\nMATCH (o:Organization {id: id})\nRETURN id, "
                                        + projection(Lookahead.EVERYTHING),
                                Map.of("ids", ids),
                                // every item holds the organization projected whole, so none is taken from here
                                row -> Map.entry(row.get("id").asString(), read(row, null))))
                .forEach(entry -> byId.put(entry.getKey(), entry.getValue()));
        Map<OrganizationSummary, List<T>> result = new LinkedHashMap<>();
        organizations.forEach(
                organization -> result.put(organization, byId.getOrDefault(organization.id(), List.of())));
        return result;
    }

    private String column() {
        return field + "List";
    }
}
