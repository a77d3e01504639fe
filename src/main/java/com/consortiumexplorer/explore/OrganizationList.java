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
import org.neo4j.driver.types.MapAccessor;

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
 */
public record OrganizationList<T>(
        String field,
        Function<Lookahead, String> subquery,
        BiFunction<Value, OrganizationSummary, T> mapper,
        String self) {

    private static final Pattern FIELD = Pattern.compile("[a-z][A-Za-z]*");

    public OrganizationList {
        if (!FIELD.matcher(field).matches()) {
            throw new IllegalArgumentException("Not a field name: " + field);
        }
    }

    /** A list whose items are projected whole whatever the selection. */
    public OrganizationList(String field, String subquery, Function<Value, T> mapper) {
        this(field, selection -> subquery, (item, organization) -> mapper.apply(item), null);
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
