package com.consortiumexplorer.explore;

import com.consortiumexplorer.graph.GraphReads;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param subquery Cypher written in code that reads {@code o} and returns one map per item, in item order
 * @param mapper reads one item map
 */
public record OrganizationList<T>(String field, String subquery, Function<Value, T> mapper) {

    private static final Pattern FIELD = Pattern.compile("[a-z][A-Za-z]*");

    public OrganizationList {
        if (!FIELD.matcher(field).matches()) {
            throw new IllegalArgumentException("Not a field name: " + field);
        }
    }

    /** Name of the field's data loader. */
    String loaderName() {
        return "Organization." + field;
    }

    /** A column of a RETURN clause holding the list of the organization bound to {@code o}. */
    String projection() {
        return "COLLECT {\n" + subquery + "\n} AS " + column();
    }

    /** The list in a row that has the column of {@link #projection()}. */
    List<T> read(MapAccessor row) {
        return row.get(column()).asList(mapper::apply);
    }

    /** The lists of many organizations with one statement, every organization present (empty when it has none). */
    public Map<OrganizationSummary, List<T>> load(GraphReads reads, Collection<OrganizationSummary> organizations) {
        List<String> ids =
                organizations.stream().map(OrganizationSummary::id).distinct().toList();
        Map<String, List<T>> byId = new HashMap<>();
        reads.read(
                        ApiLimits.QUERY_TIMEOUT,
                        tx -> tx.all(
                                "UNWIND $ids AS id\nMATCH (o:Organization {id: id})\nRETURN id, " + projection(),
                                Map.of("ids", ids),
                                row -> Map.entry(row.get("id").asString(), read(row))))
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
