package com.consortiumexplorer.flows;

import com.consortiumexplorer.graph.CommittedState;
import com.consortiumexplorer.graph.EmbeddedNeo4j;
import com.consortiumexplorer.graph.OrganizationType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates resource flows (funding, talent, technology, facility hours) by organization or by type into
 * Sankey-ready nodes and links, with totals per year and the largest flows. Every flow of the city is read once
 * into a {@link FlowTable} kept for the committed state of the database ({@link CommittedState}): a request filters
 * and sums those columns in memory, and any write makes the next request read the table anew.
 */
@Service
@Transactional(readOnly = true)
public class ResourceFlows {

    /** How many of the largest flows of each kind a summary lists. */
    public static final int TOP_FLOWS = 10;

    private static final FlowKind[] KINDS = FlowKind.values();

    private final CommittedState.Kept<FlowTable> table;

    ResourceFlows(Neo4jClient neo4j, ObjectProvider<EmbeddedNeo4j> embedded, CommittedState state) {
        this.table = state.keep(() -> FlowTable.load(neo4j, embedded.getIfAvailable()));
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
        boolean[] kindWanted = new boolean[KINDS.length];
        wanted.forEach(k -> kindWanted[k.ordinal()] = true);
        boolean byType = groupBy == FlowGrouping.TYPE;
        int from = fromYear == null ? Integer.MIN_VALUE : fromYear;
        int to = toYear == null ? Integer.MAX_VALUE : toYear;
        FlowTable flows = table.get();
        Map<Integer, int[]> members = consortiumId == null ? null : flows.members(consortiumId);

        // per kind, sender and receiver (party indexes) the volume over the filter: the links by organization and
        // the candidates of the top flows; per kind and year the totals
        Map<Long, long[]> pairs = new HashMap<>();
        Map<Long, long[]> totals = new TreeMap<>();
        for (int r = 0, n = flows.size(); r < n; r++) {
            int year = flows.year[r];
            if (!kindWanted[flows.kind[r]] || year < from || year > to) {
                continue;
            }
            if (members != null) {
                int[] spans = members.get(flows.source[r]);
                if (spans == null || !FlowTable.covers(spans, year)) {
                    continue;
                }
            }
            long value = flows.value[r];
            long pair = ((long) flows.kind[r] << 58) | ((long) flows.source[r] << 29) | flows.target[r];
            pairs.computeIfAbsent(pair, k -> new long[1])[0] += value;
            totals.computeIfAbsent(((long) flows.kind[r] << 32) | (year - (long) Integer.MIN_VALUE), k -> new long[1])[
                    0] += value;
        }

        Map<String, FlowSummary.Node> nodes = new HashMap<>();
        Map<List<Object>, Long> links = new HashMap<>();
        pairs.forEach((pair, value) -> {
            FlowKind kind = KINDS[(int) (pair >>> 58)];
            FlowSummary.Node sender = byType ? typeNode(flows.types[sender(pair)], 0) : party(flows, sender(pair), 0);
            FlowSummary.Node receiver =
                    byType ? typeNode(flows.types[receiver(pair)], 1) : party(flows, receiver(pair), 1);
            nodes.putIfAbsent(sender.id(), sender);
            nodes.putIfAbsent(receiver.id(), receiver);
            links.merge(List.of(sender.id(), receiver.id(), kind), value[0], Long::sum);
        });
        List<FlowSummary.Node> orderedNodes = nodes.values().stream()
                .sorted(Comparator.comparingInt(FlowSummary.Node::layer).thenComparing(FlowSummary.Node::id))
                .toList();
        List<FlowSummary.Link> linkList = new ArrayList<>(links.size());
        links.forEach((k, v) ->
                linkList.add(new FlowSummary.Link((String) k.get(0), (String) k.get(1), (FlowKind) k.get(2), v)));
        linkList.sort(Comparator.comparing(FlowSummary.Link::kind)
                .thenComparing(Comparator.comparingLong(FlowSummary.Link::value).reversed())
                .thenComparing(FlowSummary.Link::source)
                .thenComparing(FlowSummary.Link::target));
        List<FlowSummary.Total> totalList = new ArrayList<>();
        totals.forEach((k, v) -> totalList.add(
                new FlowSummary.Total(KINDS[(int) (k >>> 32)], (int) ((k & 0xFFFFFFFFL) + Integer.MIN_VALUE), v[0])));
        return new FlowSummary(orderedNodes, List.copyOf(linkList), List.copyOf(totalList), topFlows(flows, pairs));
    }

    private static int sender(long pair) {
        return (int) ((pair >>> 29) & 0x1FFFFFFF);
    }

    private static int receiver(long pair) {
        return (int) (pair & 0x1FFFFFFF);
    }

    /** The {@link #TOP_FLOWS} largest pairs of each kind: largest first, then by sender and receiver id. */
    private static List<FlowSummary.TopFlow> topFlows(FlowTable flows, Map<Long, long[]> pairs) {
        Comparator<Map.Entry<Long, long[]>> order = Comparator.<Map.Entry<Long, long[]>>comparingLong(
                        e -> e.getKey() >>> 58)
                .thenComparing(Comparator.<Map.Entry<Long, long[]>>comparingLong(e -> e.getValue()[0])
                        .reversed())
                .thenComparing(e -> flows.keys[sender(e.getKey())])
                .thenComparing(e -> flows.keys[receiver(e.getKey())]);
        // per kind, a heap of the best so far with the worst on top: no sort of every pair
        Map<Integer, PriorityQueue<Map.Entry<Long, long[]>>> best = new TreeMap<>();
        for (Map.Entry<Long, long[]> entry : pairs.entrySet()) {
            PriorityQueue<Map.Entry<Long, long[]>> heap =
                    best.computeIfAbsent((int) (entry.getKey() >>> 58), k -> new PriorityQueue<>(order.reversed()));
            heap.add(entry);
            if (heap.size() > TOP_FLOWS) {
                heap.poll();
            }
        }
        return best.values().stream()
                .flatMap(heap -> heap.stream().sorted(order))
                .map(e -> new FlowSummary.TopFlow(
                        KINDS[(int) (e.getKey() >>> 58)],
                        party(flows, sender(e.getKey()), 0),
                        party(flows, receiver(e.getKey()), 1),
                        e.getValue()[0]))
                .toList();
    }

    private static FlowSummary.Node party(FlowTable flows, int party, int layer) {
        String key = flows.keys[party];
        return new FlowSummary.Node(
                (layer == 0 ? "out:" : "in:") + key,
                key,
                flows.names[party],
                flows.namesEn[party],
                flows.types[party],
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
