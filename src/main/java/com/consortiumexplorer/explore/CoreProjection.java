package com.consortiumexplorer.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;

/**
 * The map projections of the Cypher read models, made from the embedded engine's core API instead: the same keys and
 * values as the Cypher text gives (absent properties as null entries), so that one mapper reads both after the
 * driver's conversion, and the same ascending order as {@code ORDER BY} (numbers by value, nulls last).
 */
public final class CoreProjection {

    /** The label every organization carries. */
    public static final Label ORGANIZATION = Label.label("Organization");

    private static final Comparator<Object> ASCENDING = CoreProjection::compare;

    private CoreProjection() {}

    /** An item of a list with the values it is ordered by. */
    public record Sortable(Map<String, Object> item, Object... keys) {}

    /** {@code e {.*}}: every property. */
    public static Map<String, Object> all(Entity entity) {
        return new HashMap<>(entity.getAllProperties());
    }

    /** {@code n {.*, labels: labels(n)}}. */
    public static Map<String, Object> allWithLabels(Node node) {
        Map<String, Object> map = all(node);
        map.put("labels", labels(node));
        return map;
    }

    /** {@link OrganizationSummary#cypher(String)}: the key, every summary property (null when absent), the labels. */
    public static Map<String, Object> organization(Node node) {
        return organization(node, OrganizationSummary.PROPERTIES);
    }

    /** {@link OrganizationSummary#cypher(String, List)}: the key, these properties (null when absent), the labels. */
    public static Map<String, Object> organization(Node node, List<String> properties) {
        Map<String, Object> map = properties(node, "id", properties);
        map.put("labels", labels(node));
        return map;
    }

    /**
     * {@link CypherProjection#properties}: the key and some properties, null when absent. Only the named values
     * are read, where {@code getAllProperties} would also read long texts nobody asked for.
     */
    public static Map<String, Object> properties(Entity entity, String key, List<String> more) {
        String[] keys = new String[more.size() + 1];
        keys[0] = key;
        for (int i = 0; i < more.size(); i++) {
            keys[i + 1] = more.get(i);
        }
        return pick(entity.getProperties(keys), key, more);
    }

    /** The key and some properties of properties read before, null when absent. */
    public static Map<String, Object> pick(Map<String, Object> properties, String key, List<String> more) {
        Map<String, Object> map = new HashMap<>();
        map.put(key, properties.get(key));
        more.forEach(name -> map.put(name, properties.get(name)));
        return map;
    }

    /** Whether a projection with labels is of an organization. */
    public static boolean isOrganization(Map<String, Object> projection) {
        return ((List<?>) projection.get("labels")).contains(ORGANIZATION.name());
    }

    /** {@code labels(n)}. */
    public static List<String> labels(Node node) {
        List<String> labels = new ArrayList<>(2);
        node.getLabels().forEach(label -> labels.add(label.name()));
        return labels;
    }

    /** The items ordered by their keys, each ascending as {@code ORDER BY} orders them. */
    public static List<Map<String, Object>> ordered(List<Sortable> items) {
        return items.stream()
                .sorted((a, b) -> {
                    for (int i = 0; i < a.keys().length; i++) {
                        int order = ASCENDING.compare(a.keys()[i], b.keys()[i]);
                        if (order != 0) {
                            return order;
                        }
                    }
                    return 0;
                })
                .map(Sortable::item)
                .toList();
    }

    /** Keys of one list are of one kind (years, dates, ids, type names); values of different kinds never meet. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return x instanceof Double || x instanceof Float || y instanceof Double || y instanceof Float
                    ? Double.compare(x.doubleValue(), y.doubleValue())
                    : Long.compare(x.longValue(), y.longValue());
        }
        if (a.getClass() == b.getClass() && a instanceof Comparable comparable) {
            return comparable.compareTo(b);
        }
        return a.getClass().getName().compareTo(b.getClass().getName());
    }
}
