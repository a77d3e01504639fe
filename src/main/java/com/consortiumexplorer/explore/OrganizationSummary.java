package com.consortiumexplorer.explore;

import com.consortiumexplorer.graph.OrganizationType;
import java.util.List;
import java.util.regex.Pattern;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessorWithDefaultValue;

/**
 * Read model of one organization: the shared properties plus the properties of its kind (null for other
 * kinds).
 */
public record OrganizationSummary(
        String id,
        OrganizationType type,
        String name,
        String nameEn,
        String city,
        String regionCode,
        Integer founded,
        String description,
        long version,
        String level,
        String kind,
        String size,
        Boolean leading,
        String ownership,
        String field,
        String service) {

    private static final Pattern VARIABLE = Pattern.compile("[a-z][A-Za-z0-9]*");

    /**
     * The stored properties read by {@link #of}, named as the GraphQL fields that show them; the id and the type
     * (from the labels) are always projected.
     */
    public static final List<String> PROPERTIES = List.of(
            "name",
            "nameEn",
            "city",
            "regionCode",
            "founded",
            "description",
            "version",
            "level",
            "kind",
            "size",
            "leading",
            "ownership",
            "field",
            "service");

    /** The name to show for a language: the English name when asked for and present, else the Chinese one. */
    public String displayName(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }

    /**
     * A Cypher map projection of the organization bound to a variable, readable by {@link #of}.
     *
     * @param variable a Cypher variable name written in code, e.g. {@code o}
     */
    public static String cypher(String variable) {
        return cypher(variable, PROPERTIES);
    }

    /**
     * A projection of only some properties, for a request that selects only them: the summary read from it holds
     * null (or 0 for the version) for the others, so it must go only where nothing reads them.
     *
     * @param properties some of {@link #PROPERTIES}, in their order, so one selection always gives one text
     */
    public static String cypher(String variable, List<String> properties) {
        if (!VARIABLE.matcher(variable).matches()) {
            throw new IllegalArgumentException("Not a Cypher variable: " + variable);
        }
        if (!PROPERTIES.containsAll(properties)) {
            throw new IllegalArgumentException("Not organization properties: " + properties);
        }
        return CypherProjection.properties(variable, "id", properties, "labels: labels(" + variable + ")");
    }

    /** The organization in a map produced by {@link #cypher}, or null for a null value. */
    public static OrganizationSummary of(Value map) {
        return map == null || map.isNull() ? null : of((MapAccessorWithDefaultValue) map);
    }

    private static OrganizationSummary of(MapAccessorWithDefaultValue row) {
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
                row.get("version").asLong(0),
                row.get("level").asString(null),
                row.get("kind").asString(null),
                row.get("size").asString(null),
                row.get("leading").isNull() ? null : row.get("leading").asBoolean(),
                row.get("ownership").asString(null),
                row.get("field").asString(null),
                row.get("service").asString(null));
    }
}
