package com.consortiumexplorer.flows;

import com.consortiumexplorer.graph.CommittedState;
import com.consortiumexplorer.graph.EmbeddedNeo4j;
import com.consortiumexplorer.graph.OrganizationType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

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

    private static final Logger log = LoggerFactory.getLogger(ResourceFlows.class);

    private final CommittedState.Kept<FlowTable> table;
    private final ObjectProvider<EmbeddedNeo4j> embedded;

    ResourceFlows(Neo4jClient neo4j, ObjectProvider<EmbeddedNeo4j> embedded, CommittedState state) {
        this.table = state.keep(() -> FlowTable.load(neo4j, embedded.getIfAvailable()));
        this.embedded = embedded;
    }

    /**
     * Reads the flow table once the application has started and before it reports itself ready (Spring Boot publishes
     * the readiness change after this event), so that the first request after a start sums a kept table instead of
     * reading every flow of the city (about a second at 100,000 organizations), and early requests of other kinds do
     * not share the machine with that reading. A write afterwards makes the next request read the table anew, as
     * always. Only the embedded database has a table to keep, and only the web application serves requests (a
     * command line's export or backup would read it for nothing).
     */
    @EventListener(ApplicationReadyEvent.class)
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebApplicationContext) {
            warmUp();
        }
    }

    void warmUp() {
        if (embedded.getIfAvailable() == null) {
            return;
        }
        long start = System.nanoTime();
        try {
            FlowTable flows = table.get();
            log.info("Flow table of {} flows read in {} ms", flows.size(), (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // not fatal: the first request reads it instead
            log.warn("Flow table not read at start: {}", e.toString());
        }
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
        int from = fromYear == null ? Integer.MIN_VALUE : fromYear;
        int to = toYear == null ? Integer.MAX_VALUE : toYear;
        FlowTable flows = table.get();
        Map<Integer, int[]> members = consortiumId == null ? null : flows.members(consortiumId);

        // per kind, sender and receiver the volume over the filter: the rows of one pair are adjacent in the table,
        // so each pair is a run of rows, summed in one pass in the order of kind, sender and receiver; per kind and
        // year the totals
        int n = flows.size();
        int years = flows.lastYear - flows.firstYear + 1;
        long[] totals = new long[KINDS.length * years];
        boolean[] counted = new boolean[totals.length];
        Pairs pairs = new Pairs(flows, n);
        for (int r = 0; r < n; r++) {
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
            pairs.add(r, value);
            int total = flows.kind[r] * years + year - flows.firstYear;
            totals[total] += value;
            counted[total] = true;
        }
        Sankey sankey = groupBy == FlowGrouping.TYPE ? byType(pairs) : byOrganization(pairs);
        List<FlowSummary.Total> totalList = new ArrayList<>();
        for (int t = 0; t < totals.length; t++) {
            if (counted[t]) {
                totalList.add(new FlowSummary.Total(KINDS[t / years], flows.firstYear + t % years, totals[t]));
            }
        }
        return new FlowSummary(sankey.nodes(), sankey.links(), List.copyOf(totalList), topFlows(pairs));
    }

    /**
     * The pairs of sender and receiver per kind with their volume over a filter, in the table's order (kind, then
     * sender and receiver, which are numbered in the order of their keys).
     */
    private static final class Pairs {
        final FlowTable flows;
        /** The first row of each pair, and its volume. */
        final int[] row;

        final long[] value;
        int size;

        Pairs(FlowTable flows, int rows) {
            this.flows = flows;
            this.row = new int[rows];
            this.value = new long[rows];
        }

        /** Counts a row: into the last pair when it has the same kind, sender and receiver, else as a new pair. */
        void add(int r, long volume) {
            if (size > 0) {
                int last = row[size - 1];
                if (flows.kind[last] == flows.kind[r]
                        && flows.source[last] == flows.source[r]
                        && flows.target[last] == flows.target[r]) {
                    value[size - 1] += volume;
                    return;
                }
            }
            row[size] = r;
            value[size++] = volume;
        }

        int kind(int pair) {
            return flows.kind[row[pair]];
        }

        int source(int pair) {
            return flows.source[row[pair]];
        }

        int target(int pair) {
            return flows.target[row[pair]];
        }

        /** The answer's order of two pairs: by kind, largest first, then by sender and receiver (the pairs' order). */
        int compare(int a, int b) {
            int order = Integer.compare(kind(a), kind(b));
            if (order == 0) {
                order = Long.compare(value[b], value[a]);
            }
            return order != 0 ? order : Integer.compare(a, b);
        }
    }

    /** The nodes and links of an answer, in the answer's order. */
    private record Sankey(List<FlowSummary.Node> nodes, List<FlowSummary.Link> links) {}

    /**
     * One node per sending and per receiving party and one link per pair. The parties are numbered in the order of
     * their keys, so nodes made in the order of their numbers are ordered by id, and the pairs are already ordered by
     * kind, sender and receiver: sorted by kind, volume and that order, the links are in the answer's order.
     */
    private static Sankey byOrganization(Pairs pairs) {
        FlowTable flows = pairs.flows;
        String[] senders = new String[flows.parties()];
        String[] receivers = new String[flows.parties()];
        List<FlowSummary.Node> nodes = new ArrayList<>();
        for (int i = 0; i < pairs.size; i++) {
            senders[pairs.source(i)] = "";
            receivers[pairs.target(i)] = "";
        }
        for (int layer = 0; layer < 2; layer++) {
            String[] ids = layer == 0 ? senders : receivers;
            for (int party = 0; party < ids.length; party++) {
                if (ids[party] != null) {
                    FlowSummary.Node node = party(flows, party, layer);
                    nodes.add(node);
                    // the link names its nodes by the very id strings of the nodes
                    ids[party] = node.id();
                }
            }
        }
        Integer[] order = new Integer[pairs.size];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, pairs::compare);
        List<FlowSummary.Link> links = new ArrayList<>(order.length);
        for (int i : order) {
            links.add(new FlowSummary.Link(
                    senders[pairs.source(i)], receivers[pairs.target(i)], KINDS[pairs.kind(i)], pairs.value[i]));
        }
        return new Sankey(List.copyOf(nodes), List.copyOf(links));
    }

    /**
     * One node per sending and per receiving type and one link per kind and pair of types. The types of each layer
     * are numbered in the order of their names, which is the order of the node ids.
     */
    private static Sankey byType(Pairs pairs) {
        FlowTable flows = pairs.flows;
        TreeMap<String, Integer> senders = new TreeMap<>();
        TreeMap<String, Integer> receivers = new TreeMap<>();
        for (int i = 0; i < pairs.size; i++) {
            senders.put(flows.types[pairs.source(i)], 0);
            receivers.put(flows.types[pairs.target(i)], 0);
        }
        List<FlowSummary.Node> nodes = new ArrayList<>();
        for (int layer = 0; layer < 2; layer++) {
            TreeMap<String, Integer> numbers = layer == 0 ? senders : receivers;
            for (Map.Entry<String, Integer> type : numbers.entrySet()) {
                type.setValue(nodes.size());
                nodes.add(typeNode(type.getKey(), layer));
            }
        }
        // per kind, sender type and receiver type (numbered from 0 in each layer) the volume
        int s = senders.size();
        int r = receivers.size();
        long[] volume = new long[KINDS.length * s * r];
        boolean[] linked = new boolean[volume.length];
        for (int i = 0; i < pairs.size; i++) {
            int link = (pairs.kind(i) * s + senders.get(flows.types[pairs.source(i)])) * r
                    + receivers.get(flows.types[pairs.target(i)])
                    - s;
            volume[link] += pairs.value[i];
            linked[link] = true;
        }
        List<Integer> order = new ArrayList<>();
        for (int link = 0; link < volume.length; link++) {
            if (linked[link]) {
                order.add(link);
            }
        }
        // by kind, largest first, then sender and receiver: the order of the link numbers within a kind
        order.sort(Comparator.<Integer>comparingInt(link -> link / (s * r))
                .thenComparing(
                        Comparator.<Integer>comparingLong(link -> volume[link]).reversed())
                .thenComparingInt(link -> link));
        List<FlowSummary.Link> links = new ArrayList<>(order.size());
        for (int link : order) {
            links.add(new FlowSummary.Link(
                    nodes.get(link % (s * r) / r).id(),
                    nodes.get(s + link % r).id(),
                    KINDS[link / (s * r)],
                    volume[link]));
        }
        return new Sankey(List.copyOf(nodes), List.copyOf(links));
    }

    /**
     * The {@link #TOP_FLOWS} largest pairs of each kind: largest first, then by sender and receiver id. Each kind
     * keeps its best so far in order, so no sort of every pair.
     */
    private static List<FlowSummary.TopFlow> topFlows(Pairs pairs) {
        int[][] best = new int[KINDS.length][TOP_FLOWS];
        int[] kept = new int[KINDS.length];
        for (int i = 0; i < pairs.size; i++) {
            int[] top = best[pairs.kind(i)];
            int k = kept[pairs.kind(i)];
            if (k == TOP_FLOWS && pairs.compare(i, top[k - 1]) > 0) {
                continue;
            }
            int at = Math.min(k, TOP_FLOWS - 1);
            while (at > 0 && pairs.compare(i, top[at - 1]) < 0) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = i;
            kept[pairs.kind(i)] = Math.min(k + 1, TOP_FLOWS);
        }
        List<FlowSummary.TopFlow> topFlows = new ArrayList<>();
        for (int kind = 0; kind < KINDS.length; kind++) {
            for (int t = 0; t < kept[kind]; t++) {
                int pair = best[kind][t];
                topFlows.add(new FlowSummary.TopFlow(
                        KINDS[kind],
                        party(pairs.flows, pairs.source(pair), 0),
                        party(pairs.flows, pairs.target(pair), 1),
                        pairs.value[pair]));
            }
        }
        return List.copyOf(topFlows);
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
