package com.consortiumexplorer.flows;

import com.consortiumexplorer.graph.OrganizationType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates resource flows (funding, talent, technology, facility hours) by organization or by type into
 * Sankey-ready nodes and links, with totals per year and the largest flows.
 */
@Service
@Transactional(readOnly = true)
public class ResourceFlows {

    /** How many of the largest flows of each kind a summary lists. */
    public static final int TOP_FLOWS = 10;

    /** Flows of one kind in the filter. The relationship type and volume come from {@link FlowKind}, never input. */
    private static final String MATCH = """
            MATCH (a:Organization)-[f:%1$s]->(b)
            WHERE ($fromYear IS NULL OR f.year >= $fromYear) AND ($toYear IS NULL OR f.year <= $toYear)
              AND ($consortium IS NULL OR EXISTS {
                    MATCH (a)-[m:MEMBER_OF]->(:Consortium {id: $consortium})
                    WHERE m.since.year <= f.year AND (m.until IS NULL OR m.until.year >= f.year) })
            """;

    /** Per sender, receiver and year: the links of the grouping by organization. */
    private static final String FLOWS = MATCH + """
            RETURN a.id AS source, a.name AS sourceName, a.nameEn AS sourceNameEn, labels(a) AS sourceLabels,
                   b.id AS target, b.name AS targetName, b.nameEn AS targetNameEn, labels(b) AS targetLabels,
                   f.year AS year, sum(f.%2$s) AS value
            """;

    /**
     * Per kind of sender, kind of receiver and year, summed on the server: the grouping by type needs no row per
     * pair of organizations (hundreds of thousands in a large city).
     */
    private static final String FLOWS_BY_LABELS = MATCH + """
            RETURN labels(a) AS sourceLabels, labels(b) AS targetLabels, f.year AS year, sum(f.%2$s) AS value
            """;

    /** The largest flows between two parties over the filter, in the order of {@link #topFlows}. */
    private static final String TOP = MATCH + """
            WITH a, b, sum(f.%2$s) AS value
            ORDER BY value DESC, a.id, b.id
            LIMIT $top
            RETURN a.id AS source, a.name AS sourceName, a.nameEn AS sourceNameEn, labels(a) AS sourceLabels,
                   b.id AS target, b.name AS targetName, b.nameEn AS targetNameEn, labels(b) AS targetLabels,
                   value
            """;

    private final Neo4jClient neo4j;

    ResourceFlows(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * The flows of the given kinds, optionally limited to one consortium and a range of years.
     *
     * @param kinds the kinds of flow, or null or empty for all
     * @param consortiumId only flows sent by organizations that were members of this consortium in the flow's
     *     year, or null for all
     * @param fromYear first year included, or null
     * @param toYear last year included, or null
     * @param groupBy whether nodes are organizations or organization types; null means by organization
     */
    public FlowSummary resourceFlows(
            Collection<FlowKind> kinds, String consortiumId, Integer fromYear, Integer toYear, FlowGrouping groupBy) {
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new IllegalArgumentException("fromYear " + fromYear + " is after toYear " + toYear);
        }
        Set<FlowKind> wanted = kinds == null || kinds.isEmpty() ? EnumSet.allOf(FlowKind.class) : EnumSet.copyOf(kinds);
        FlowGrouping grouping = groupBy == null ? FlowGrouping.ORGANIZATION : groupBy;
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("consortium", consortiumId);
        parameters.put("fromYear", fromYear);
        parameters.put("toYear", toYear);

        Map<String, FlowSummary.Node> nodes = new LinkedHashMap<>();
        Map<List<Object>, Long> links = new LinkedHashMap<>();
        Map<List<Object>, Long> totals = new TreeMap<>(
                Comparator.comparing((List<Object> k) -> (FlowKind) k.get(0)).thenComparing(k -> (Integer) k.get(1)));
        Map<List<Object>, Long> pairs = new HashMap<>();
        Map<String, FlowSummary.Node> parties = new HashMap<>();
        for (FlowKind kind : wanted) {
            if (grouping == FlowGrouping.TYPE) {
                byType(kind, parameters, nodes, links, totals, pairs, parties);
                continue;
            }
            String query = FLOWS.formatted(kind.relationship(), kind.volume());
            for (Map<String, Object> row :
                    neo4j.query(query).bindAll(parameters).fetch().all()) {
                long value = ((Number) row.get("value")).longValue();
                int year = ((Number) row.get("year")).intValue();
                FlowSummary.Node sender = party(row, "source", 0);
                FlowSummary.Node receiver = party(row, "target", 1);
                parties.putIfAbsent(sender.id(), sender);
                parties.putIfAbsent(receiver.id(), receiver);
                nodes.putIfAbsent(sender.id(), sender);
                nodes.putIfAbsent(receiver.id(), receiver);
                links.merge(List.of(sender.id(), receiver.id(), kind), value, Long::sum);
                totals.merge(List.of(kind, year), value, Long::sum);
                pairs.merge(List.of(kind, sender.id(), receiver.id()), value, Long::sum);
            }
        }
        List<FlowSummary.Node> orderedNodes = nodes.values().stream()
                .sorted(Comparator.comparingInt(FlowSummary.Node::layer).thenComparing(FlowSummary.Node::id))
                .toList();
        List<FlowSummary.Link> linkList = new ArrayList<>();
        links.forEach((k, v) ->
                linkList.add(new FlowSummary.Link((String) k.get(0), (String) k.get(1), (FlowKind) k.get(2), v)));
        linkList.sort(Comparator.comparing(FlowSummary.Link::kind)
                .thenComparing(Comparator.comparingLong(FlowSummary.Link::value).reversed())
                .thenComparing(FlowSummary.Link::source)
                .thenComparing(FlowSummary.Link::target));
        List<FlowSummary.Total> totalList = new ArrayList<>();
        totals.forEach((k, v) -> totalList.add(new FlowSummary.Total((FlowKind) k.get(0), (Integer) k.get(1), v)));
        return new FlowSummary(orderedNodes, List.copyOf(linkList), List.copyOf(totalList), topFlows(pairs, parties));
    }

    private void byType(
            FlowKind kind,
            Map<String, Object> parameters,
            Map<String, FlowSummary.Node> nodes,
            Map<List<Object>, Long> links,
            Map<List<Object>, Long> totals,
            Map<List<Object>, Long> pairs,
            Map<String, FlowSummary.Node> parties) {
        for (Map<String, Object> row : neo4j.query(FLOWS_BY_LABELS.formatted(kind.relationship(), kind.volume()))
                .bindAll(parameters)
                .fetch()
                .all()) {
            long value = ((Number) row.get("value")).longValue();
            int year = ((Number) row.get("year")).intValue();
            FlowSummary.Node from = typeNode(typeOf((List<?>) row.get("sourceLabels")), 0);
            FlowSummary.Node to = typeNode(typeOf((List<?>) row.get("targetLabels")), 1);
            nodes.putIfAbsent(from.id(), from);
            nodes.putIfAbsent(to.id(), to);
            links.merge(List.of(from.id(), to.id(), kind), value, Long::sum);
            totals.merge(List.of(kind, year), value, Long::sum);
        }
        Map<String, Object> top = new HashMap<>(parameters);
        top.put("top", TOP_FLOWS);
        for (Map<String, Object> row : neo4j.query(TOP.formatted(kind.relationship(), kind.volume()))
                .bindAll(top)
                .fetch()
                .all()) {
            FlowSummary.Node sender = party(row, "source", 0);
            FlowSummary.Node receiver = party(row, "target", 1);
            parties.putIfAbsent(sender.id(), sender);
            parties.putIfAbsent(receiver.id(), receiver);
            pairs.put(List.of(kind, sender.id(), receiver.id()), ((Number) row.get("value")).longValue());
        }
    }

    private static List<FlowSummary.TopFlow> topFlows(
            Map<List<Object>, Long> pairs, Map<String, FlowSummary.Node> parties) {
        List<FlowSummary.TopFlow> all = new ArrayList<>();
        pairs.forEach((k, v) -> all.add(new FlowSummary.TopFlow(
                (FlowKind) k.get(0), parties.get((String) k.get(1)), parties.get((String) k.get(2)), v)));
        all.sort(Comparator.comparing(FlowSummary.TopFlow::kind)
                .thenComparing(
                        Comparator.comparingLong(FlowSummary.TopFlow::value).reversed())
                .thenComparing(t -> t.source().id())
                .thenComparing(t -> t.target().id()));
        List<FlowSummary.TopFlow> top = new ArrayList<>();
        Map<FlowKind, Integer> perKind = new HashMap<>();
        for (FlowSummary.TopFlow flow : all) {
            if (perKind.merge(flow.kind(), 1, Integer::sum) <= TOP_FLOWS) {
                top.add(flow);
            }
        }
        return List.copyOf(top);
    }

    private static FlowSummary.Node party(Map<String, Object> row, String end, int layer) {
        String id = (String) row.get(end);
        return new FlowSummary.Node(
                (layer == 0 ? "out:" : "in:") + id,
                id,
                (String) row.get(end + "Name"),
                (String) row.get(end + "NameEn"),
                typeOf((List<?>) row.get(end + "Labels")),
                layer);
    }

    private static FlowSummary.Node typeNode(String type, int layer) {
        return new FlowSummary.Node((layer == 0 ? "out:" : "in:") + type, type, type, type, type, layer);
    }

    static String typeOf(List<?> labels) {
        List<String> names = labels.stream().map(String::valueOf).toList();
        return OrganizationType.fromLabels(names)
                .map(Enum::name)
                .orElse(names.contains("Program") ? "PROGRAM" : names.contains("Project") ? "PROJECT" : "OTHER");
    }
}
