package com.consortiumexplorer.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;

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

    /** Cypher read by {@link #of}: relationship {@code r}, source {@code s}, target {@code t}, major {@code m}. */
    static final CypherProjection PROJECTION = new CypherProjection(
            "type", "type(r)",
            "props", "properties(r)",
            "source", OrganizationSummary.cypher("s"),
            "target", "t {.*, labels: labels(t)}",
            "major", "m {.*}");

    /** {@link #PROJECTION} as the columns of a RETURN clause. */
    static final String COLUMNS = PROJECTION.columns();

    /** The properties of a flow besides its year, named as the GraphQL fields that show them. */
    private static final Label MAJOR = Label.label("Major");

    private static final List<String> QUANTITIES =
            List.of("amount", "channel", "graduates", "majorCode", "title", "value", "facility", "hours");

    /**
     * {@link #PROJECTION} as one map, for a {@code COLLECT} subquery, with only what a selection reads: the kind
     * and year always (the list's arguments filter on them), the other properties, the major ({@code m}, which the
     * statement matches only when {@link #needsMajor}) and the ends' properties when selected.
     *
     * @param self the end that is the organization the list belongs to, {@code "source"} or {@code "target"}: it
     *     is left out of the map for a selection, for {@link #of} to take from that organization
     */
    static String map(Lookahead selection, String self) {
        if (selection.everything()) {
            return PROJECTION.map();
        }
        List<String> columns = new ArrayList<>(List.of("type", "type(r)", "props", properties(selection)));
        if (!self.equals("source")) {
            columns.addAll(List.of(
                    "source",
                    OrganizationSummary.cypher("s", selection.at("source").among(OrganizationSummary.PROPERTIES))));
        }
        if (!self.equals("target")) {
            // a target may be a program or project, read whole as before
            columns.addAll(List.of(
                    "target",
                    "CASE WHEN t:Organization THEN "
                            + OrganizationSummary.cypher(
                                    "t", selection.at("target").among(OrganizationSummary.PROPERTIES))
                            + " ELSE t {.*, labels: labels(t)} END"));
        }
        if (needsMajor(selection)) {
            columns.addAll(List.of("major", "m {.*}"));
        }
        return new CypherProjection(columns.toArray(String[]::new)).map();
    }

    /**
     * What {@link #map} reads of each flow for a selection, worked out once for a whole list: the flow's properties,
     * the properties of each end (null for the end left out), whether the major.
     */
    record Shape(boolean everything, List<String> quantities, List<String> source, List<String> target, boolean major) {

        static Shape of(Lookahead selection, String self) {
            return new Shape(
                    selection.everything(),
                    selection.among(QUANTITIES),
                    self.equals("source") ? null : selection.at("source").among(OrganizationSummary.PROPERTIES),
                    self.equals("target") ? null : selection.at("target").among(OrganizationSummary.PROPERTIES),
                    needsMajor(selection));
        }
    }

    /**
     * The map {@link #map} makes of a flow, made through the embedded engine's core API: the same keys and values
     * (the organization the list belongs to is left out at {@code self} for a selection, as there).
     */
    static Map<String, Object> item(Transaction tx, Relationship r, Shape shape) {
        Map<String, Object> properties = r.getAllProperties();
        Node s = r.getStartNode();
        Node t = r.getEndNode();
        Map<String, Object> flow = new HashMap<>();
        flow.put("type", r.getType().name());
        if (shape.everything()) {
            flow.put("props", new HashMap<>(properties));
            flow.put("source", CoreProjection.organization(s));
            flow.put("target", CoreProjection.allWithLabels(t));
            flow.put("major", major(tx, properties));
            return flow;
        }
        flow.put("props", CoreProjection.pick(properties, "year", shape.quantities()));
        if (shape.source() != null) {
            flow.put("source", CoreProjection.organization(s, shape.source()));
        }
        if (shape.target() != null) {
            flow.put(
                    "target",
                    t.hasLabel(CoreProjection.ORGANIZATION)
                            ? CoreProjection.organization(t, shape.target())
                            : CoreProjection.allWithLabels(t));
        }
        if (shape.major()) {
            flow.put("major", major(tx, properties));
        }
        return flow;
    }

    /** {@code OPTIONAL MATCH (m:Major {code: r.majorCode})}, as {@code m {.*}}, from the flow's properties. */
    private static Map<String, Object> major(Transaction tx, Map<String, Object> flow) {
        Object code = flow.get("majorCode");
        Node major = code == null ? null : tx.findNode(MAJOR, "code", code);
        return major == null ? null : CoreProjection.all(major);
    }

    /** Whether the statement must match the major of talent flows, bound to {@code m}. */
    static boolean needsMajor(Lookahead selection) {
        return selection.selects("major");
    }

    private static String properties(Lookahead selection) {
        return CypherProjection.properties("r", "year", selection.among(QUANTITIES));
    }

    static FlowRecord of(MapAccessor row) {
        return of(row, null);
    }

    /**
     * The flow in a row or map of {@link #PROJECTION} or {@link #map}.
     *
     * @param organization the organization of the list, for the end a map of {@link #map} leaves out
     */
    static FlowRecord of(MapAccessor row, OrganizationSummary organization) {
        Value props = row.get("props");
        Value source = row.get("source");
        Value target = row.get("target");
        return new FlowRecord(
                FlowKind.ofRelationshipType(row.get("type").asString()),
                integer(props.get("year")),
                source.isNull() ? organization : OrganizationSummary.of(source),
                target.isNull() ? organization : party(target),
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
        List<String> labels = map.get("labels").asList(Value::asString);
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
