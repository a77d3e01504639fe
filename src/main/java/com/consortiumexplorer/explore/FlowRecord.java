package com.consortiumexplorer.explore;

import org.neo4j.driver.Value;

/**
 * One resource flow of any kind; the quantities of other kinds are null.
 *
 * @param target an {@link OrganizationSummary}, or for funding also a {@link ProgramSummary} or {@link ProjectSummary}
 * @param amount funding: CNY
 * @param graduates talent: graduates hired
 * @param value technology: contract value, CNY
 * @param hours facility: hours of use
 */
public record FlowRecord(
        FlowKind kind,
        Integer year,
        OrganizationSummary source,
        Object target,
        Long amount,
        String channel,
        Integer graduates,
        String majorCode,
        MajorSummary major,
        String title,
        Long value,
        String facility,
        Integer hours) {

    /** Cypher columns read by {@link #of}: relationship {@code r}, source {@code s}, target {@code t}, major {@code m}. */
    static final String COLUMNS = "type(r) AS type, properties(r) AS props, " + OrganizationSummary.cypher("s")
            + " AS source, t {.*, labels: labels(t)} AS target, m {.*} AS major";

    static FlowRecord of(org.neo4j.driver.Record row) {
        Value props = row.get("props");
        return new FlowRecord(
                FlowKind.ofRelationshipType(row.get("type").asString()),
                integer(props.get("year")),
                OrganizationSummary.of(row.get("source")),
                party(row.get("target")),
                number(props.get("amount")),
                props.get("channel").asString(null),
                integer(props.get("graduates")),
                props.get("majorCode").asString(null),
                MajorSummary.of(row.get("major")),
                props.get("title").asString(null),
                number(props.get("value")),
                props.get("facility").asString(null),
                integer(props.get("hours")));
    }

    /** An organization, program or project in a map of its properties and labels. */
    static Object party(Value map) {
        java.util.List<String> labels = map.get("labels").asList(Value::asString);
        if (labels.contains("Program")) {
            return ProgramSummary.of(map);
        }
        if (labels.contains("Project")) {
            return ProjectSummary.of(map);
        }
        return OrganizationSummary.of(map);
    }

    private static Integer integer(Value value) {
        return value.isNull() ? null : value.asInt();
    }

    private static Long number(Value value) {
        return value.isNull() ? null : value.asLong();
    }
}
