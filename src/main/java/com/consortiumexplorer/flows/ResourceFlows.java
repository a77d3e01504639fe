package com.consortiumexplorer.flows;

import com.consortiumexplorer.graph.CommittedState;
import com.consortiumexplorer.graph.EmbeddedNeo4j;
import com.consortiumexplorer.graph.OrganizationType;
import java.util.ArrayList;
import java.util.Arrays;
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

        // each node made once (per party, or per type) and numbered, so that a link is keyed by kind and the two
        // node numbers rather than by their string ids: by organization that is one link per pair
        List<FlowSummary.Node> nodeList = new ArrayList<>();
        NodeNumbers senders = new NodeNumbers(flows, byType, 0, nodeList);
        NodeNumbers receivers = new NodeNumbers(flows, byType, 1, nodeList);
        Map<Long, long[]> links = new HashMap<>();
        pairs.forEach((pair, value) -> {
            long link = (pair >>> 58 << 58)
                    | ((long) senders.number(sender(pair)) << 29)
                    | receivers.number(receiver(pair));
            links.computeIfAbsent(link, k -> new long[1])[0] += value[0];
        });
        // the answer's order: nodes by layer, then id; links by kind, largest first, then sender and receiver id. All
        // senders share layer 0 and all receivers layer 1, so a node's rank stands for its id among the links:
        // sorting compares numbers, not strings through a chain of comparators
        Integer[] nodeOrder = new Integer[nodeList.size()];
        Arrays.setAll(nodeOrder, i -> i);
        Arrays.sort(
                nodeOrder,
                Comparator.comparingInt((Integer i) -> nodeList.get(i).layer())
                        .thenComparing(i -> nodeList.get(i).id()));
        int[] rank = new int[nodeOrder.length];
        for (int r = 0; r < nodeOrder.length; r++) {
            rank[nodeOrder[r]] = r;
        }
        long[] linkKeys = new long[links.size()];
        long[] linkValues = new long[links.size()];
        int[] at = {0};
        links.forEach((link, value) -> {
            linkKeys[at[0]] = link;
            linkValues[at[0]++] = value[0];
        });
        Integer[] linkOrder = new Integer[linkKeys.length];
        Arrays.setAll(linkOrder, i -> i);
        Arrays.sort(linkOrder, (a, b) -> {
            int order = Long.compare(linkKeys[a] >>> 58, linkKeys[b] >>> 58);
            if (order == 0) {
                order = Long.compare(linkValues[b], linkValues[a]);
            }
            if (order == 0) {
                order = Integer.compare(rank[sender(linkKeys[a])], rank[sender(linkKeys[b])]);
            }
            return order != 0 ? order : Integer.compare(rank[receiver(linkKeys[a])], rank[receiver(linkKeys[b])]);
        });
        List<FlowSummary.Link> linkList = new ArrayList<>(linkKeys.length);
        for (int i : linkOrder) {
            long link = linkKeys[i];
            linkList.add(new FlowSummary.Link(
                    nodeList.get(sender(link)).id(),
                    nodeList.get(receiver(link)).id(),
                    KINDS[(int) (link >>> 58)],
                    linkValues[i]));
        }
        List<FlowSummary.Node> orderedNodes = new ArrayList<>(nodeOrder.length);
        for (int i : nodeOrder) {
            orderedNodes.add(nodeList.get(i));
        }
        List<FlowSummary.Total> totalList = new ArrayList<>();
        totals.forEach((k, v) -> totalList.add(
                new FlowSummary.Total(KINDS[(int) (k >>> 32)], (int) ((k & 0xFFFFFFFFL) + Integer.MIN_VALUE), v[0])));
        return new FlowSummary(
                List.copyOf(orderedNodes), List.copyOf(linkList), List.copyOf(totalList), topFlows(flows, pairs));
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

    /**
     * The nodes of one layer, each made once and numbered in the shared list: one per party by organization, one per
     * type by type.
     */
    private static final class NodeNumbers {
        private final FlowTable flows;
        private final boolean byType;
        private final int layer;
        private final List<FlowSummary.Node> nodes;
        private final int[] byParty;
        private final Map<String, Integer> byTypeName = new HashMap<>();

        NodeNumbers(FlowTable flows, boolean byType, int layer, List<FlowSummary.Node> nodes) {
            this.flows = flows;
            this.byType = byType;
            this.layer = layer;
            this.nodes = nodes;
            this.byParty = new int[flows.keys.length];
            Arrays.fill(byParty, -1);
        }

        int number(int party) {
            int known = byParty[party];
            if (known < 0) {
                known = byType
                        ? byTypeName.computeIfAbsent(flows.types[party], type -> add(typeNode(type, layer)))
                        : add(party(flows, party, layer));
                byParty[party] = known;
            }
            return known;
        }

        private int add(FlowSummary.Node node) {
            nodes.add(node);
            return nodes.size() - 1;
        }
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
