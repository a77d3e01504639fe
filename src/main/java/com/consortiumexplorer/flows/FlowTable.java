package com.consortiumexplorer.flows;

import com.consortiumexplorer.graph.EmbeddedNeo4j;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Every resource flow of the city as primitive columns (sender, receiver, kind, year, volume), with the parties
 * and the consortium memberships of the senders, so that {@link ResourceFlows} can filter and sum any request in
 * memory instead of aggregating the whole city in Cypher on every call. Read from the embedded engine's core API
 * in one read transaction, or by a few plain queries when the database is not embedded; kept by
 * {@link ResourceFlows} for one committed state of the database. The parties are numbered in the order of their
 * keys and the flows ordered by kind, sender and receiver, so that a request sums the flows of one pair in one pass
 * and orders nodes and links by comparing numbers, never strings.
 */
final class FlowTable {

    private static final String PARTIES = """
            MATCH (n)
            WHERE (n:Organization OR n:Program OR n:Project) AND n.id IS NOT NULL
            RETURN n.id AS id, n.name AS name, n.nameEn AS nameEn, labels(n) AS labels
            """;

    /** Relationship type and volume come from {@link FlowKind}, never from input; flows without a year never count. */
    private static final String FLOWS = """
            MATCH (a:Organization)-[f:%1$s]->(b)
            WHERE f.year IS NOT NULL AND a.id IS NOT NULL
              AND (b:Organization OR b:Program OR b:Project) AND b.id IS NOT NULL
            RETURN a.id AS source, b.id AS target, f.year AS year, coalesce(f.%2$s, 0) AS value
            """;

    private static final String MEMBERSHIPS = """
            MATCH (a:Organization)-[m:MEMBER_OF]->(k:Consortium)
            RETURN a.id AS organization, k.id AS consortium, m.since.year AS since, m.until.year AS until
            """;

    private static final Label ORGANIZATION = Label.label("Organization");
    private static final Label PROGRAM = Label.label("Program");
    private static final Label PROJECT = Label.label("Project");
    private static final Label CONSORTIUM = Label.label("Consortium");
    private static final RelationshipType MEMBER_OF = RelationshipType.withName("MEMBER_OF");
    private static final int KINDS = FlowKind.values().length;

    /** The parties: key (the organization, program or project id), names and type, by index in key order. */
    final String[] keys;

    final String[] names;
    final String[] namesEn;
    final String[] types;

    /**
     * The flows, by row ordered by kind, sender and receiver: sender and receiver indexes into the parties, kind
     * ordinal, year and volume.
     */
    final int[] source;

    final int[] target;
    final byte[] kind;
    final int[] year;
    final long[] value;

    /** The first and last year of any flow (0 and -1 when there is none). */
    final int firstYear;

    final int lastYear;

    /** Per consortium id, per member index, the spans of years of its memberships as pairs [since, until, ...]. */
    private final Map<String, Map<Integer, int[]>> members;

    /** Runs one read query and hands each row to the consumer. */
    @FunctionalInterface
    private interface Reader {
        void read(String query, Consumer<Map<String, Object>> row);
    }

    /**
     * Reads the table from the embedded engine in one read transaction through its core API (no Cypher rows, no
     * string ids to look up per flow), or by plain queries through the client when the database is not embedded.
     */
    static FlowTable load(Neo4jClient neo4j, EmbeddedNeo4j embedded) {
        if (embedded == null) {
            return read((query, row) -> neo4j.query(query).fetch().all().forEach(row));
        }
        try (Transaction tx = embedded.database().beginTx()) {
            return read(tx);
        }
    }

    /** The table from the rows of the three queries; the parties are matched by their ids. */
    private static FlowTable read(Reader reader) {
        Builder table = new Builder();
        Map<String, Integer> index = table.byKey;
        reader.read(
                PARTIES,
                row -> table.party(
                        (String) row.get("id"),
                        (String) row.get("name"),
                        (String) row.get("nameEn"),
                        ResourceFlows.typeOf((List<?>) row.get("labels"))));
        for (FlowKind k : FlowKind.values()) {
            reader.read(
                    FLOWS.formatted(k.relationship(), k.volume()),
                    row -> table.flows.add(
                            index.get((String) row.get("source")),
                            index.get((String) row.get("target")),
                            k,
                            ((Number) row.get("year")).intValue(),
                            ((Number) row.get("value")).longValue()));
        }
        reader.read(MEMBERSHIPS, row -> {
            Integer organization = index.get((String) row.get("organization"));
            Object since = row.get("since");
            if (organization != null && since != null) {
                Number until = (Number) row.get("until");
                table.member(
                        (String) row.get("consortium"),
                        organization,
                        ((Number) since).intValue(),
                        until == null ? null : until.intValue());
            }
        });
        return new FlowTable(table);
    }

    /**
     * The table from the flow relationships of each type and the memberships, the same selection as the queries:
     * a sender is an organization with an id, a receiver an organization, program or project with an id. Each node
     * met is resolved once (labels, id and names) into a party index.
     */
    private static FlowTable read(Transaction tx) {
        Builder table = new Builder();
        Parties parties = new Parties(table);
        for (FlowKind k : FlowKind.values()) {
            try (ResourceIterator<Relationship> flows =
                    tx.findRelationships(RelationshipType.withName(k.relationship()))) {
                flows.forEachRemaining(f -> {
                    Map<String, Object> properties = f.getProperties("year", k.volume());
                    Object year = properties.get("year");
                    if (year == null) {
                        return;
                    }
                    int from = parties.organization(f.getStartNode());
                    int to = from < 0 ? -1 : parties.party(f.getEndNode());
                    if (to >= 0) {
                        Object volume = properties.get(k.volume());
                        table.flows.add(
                                from,
                                to,
                                k,
                                ((Number) year).intValue(),
                                volume == null ? 0 : ((Number) volume).longValue());
                    }
                });
            }
        }
        Map<Node, String> consortia = new HashMap<>();
        try (ResourceIterator<Relationship> memberships = tx.findRelationships(MEMBER_OF)) {
            memberships.forEachRemaining(m -> {
                Map<String, Object> span = m.getProperties("since", "until");
                Integer since = year(span.get("since"));
                Node consortium = m.getEndNode();
                if (since == null || !consortium.hasLabel(CONSORTIUM)) {
                    return;
                }
                int organization = parties.organization(m.getStartNode());
                if (organization >= 0) {
                    table.member(
                            consortia.computeIfAbsent(consortium, k -> (String) k.getProperty("id", null)),
                            organization,
                            since,
                            year(span.get("until")));
                }
            });
        }
        return new FlowTable(table);
    }

    /** The year of a date (or date and time) property, or null when there is none. */
    private static Integer year(Object value) {
        return value instanceof TemporalAccessor t && t.isSupported(ChronoField.YEAR) ? t.get(ChronoField.YEAR) : null;
    }

    /**
     * The nodes met while reading the engine, each resolved once: twice its party index, plus one for an
     * organization (a party that may send); -1 when it is not a party.
     */
    private static final class Parties {
        private final Builder table;
        private final Map<Node, Integer> index = new HashMap<>();
        /** The type of each combination of labels met: most parties share a handful. */
        private final Map<List<String>, String> types = new HashMap<>();

        Parties(Builder table) {
            this.table = table;
        }

        private int resolve(Node node) {
            Integer known = index.get(node);
            if (known != null) {
                return known;
            }
            int resolved = -1;
            boolean organization = node.hasLabel(ORGANIZATION);
            if (organization || node.hasLabel(PROGRAM) || node.hasLabel(PROJECT)) {
                Map<String, Object> properties = node.getProperties("id", "name", "nameEn");
                if (properties.get("id") != null) {
                    List<String> labels = new ArrayList<>();
                    node.getLabels().forEach(label -> labels.add(label.name()));
                    int party = table.party(
                            (String) properties.get("id"),
                            (String) properties.get("name"),
                            (String) properties.get("nameEn"),
                            types.computeIfAbsent(labels, ResourceFlows::typeOf));
                    resolved = 2 * party + (organization ? 1 : 0);
                }
            }
            index.put(node, resolved);
            return resolved;
        }

        /** The party index of an organization, program or project with an id, or -1. */
        int party(Node node) {
            int resolved = resolve(node);
            return resolved < 0 ? -1 : resolved / 2;
        }

        /** The party index of an organization with an id, or -1. */
        int organization(Node node) {
            int resolved = resolve(node);
            return resolved >= 0 && resolved % 2 == 1 ? resolved / 2 : -1;
        }
    }

    /** The parts of a table while they are read. */
    private static final class Builder {
        final List<String[]> parties = new ArrayList<>();
        final Map<String, Integer> byKey = new HashMap<>();
        final Columns flows = new Columns();
        final Map<String, Map<Integer, int[]>> members = new HashMap<>();

        /** The index of the party with this key: one per key, so one Sankey node per party. */
        int party(String key, String name, String nameEn, String type) {
            Integer known = byKey.putIfAbsent(key, parties.size());
            if (known != null) {
                return known;
            }
            parties.add(new String[] {key, name, nameEn, type});
            return parties.size() - 1;
        }

        /** A membership span; {@code until} is null while the membership lasts. */
        void member(String consortium, int organization, int since, Integer until) {
            // an organization may have left and joined again: every span counts
            members.computeIfAbsent(consortium, c -> new HashMap<>())
                    .merge(
                            organization,
                            new int[] {since, until == null ? Integer.MAX_VALUE : until},
                            FlowTable::concat);
        }
    }

    private FlowTable(Builder table) {
        int n = table.parties.size();
        // number the parties in the order of their keys: the node order of an answer is then the order of numbers
        Integer[] byKey = new Integer[n];
        Arrays.setAll(byKey, i -> i);
        Arrays.sort(byKey, Comparator.comparing(i -> table.parties.get(i)[0]));
        int[] renumbered = new int[n];
        keys = new String[n];
        names = new String[n];
        namesEn = new String[n];
        types = new String[n];
        for (int i = 0; i < n; i++) {
            String[] party = table.parties.get(byKey[i]);
            renumbered[byKey[i]] = i;
            keys[i] = party[0];
            names[i] = party[1];
            namesEn[i] = party[2];
            types[i] = party[3];
        }
        Columns flows = table.flows;
        int rows = flows.size;
        for (int r = 0; r < rows; r++) {
            flows.source[r] = renumbered[flows.source[r]];
            flows.target[r] = renumbered[flows.target[r]];
        }
        // rows by kind, sender and receiver: two stable counting sorts, by receiver and then by kind and sender
        int[] byTarget = countingSort(identity(rows), r -> flows.target[r], n);
        int[] order = countingSort(byTarget, r -> flows.kind[r] * n + flows.source[r], KINDS * n);
        source = new int[rows];
        target = new int[rows];
        kind = new byte[rows];
        year = new int[rows];
        value = new long[rows];
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int r = 0; r < rows; r++) {
            int from = order[r];
            source[r] = flows.source[from];
            target[r] = flows.target[from];
            kind[r] = flows.kind[from];
            year[r] = flows.year[from];
            value[r] = flows.value[from];
            first = Math.min(first, year[r]);
            last = Math.max(last, year[r]);
        }
        firstYear = rows == 0 ? 0 : first;
        lastYear = rows == 0 ? -1 : last;
        members = new HashMap<>();
        table.members.forEach((consortium, spans) -> {
            Map<Integer, int[]> byParty = new HashMap<>();
            spans.forEach((party, years) -> byParty.put(renumbered[party], years));
            members.put(consortium, byParty);
        });
    }

    private static int[] identity(int size) {
        int[] order = new int[size];
        Arrays.setAll(order, i -> i);
        return order;
    }

    /** The rows of {@code order} stably reordered by their bucket in [0, buckets). */
    private static int[] countingSort(int[] order, IntUnaryOperator bucket, int buckets) {
        int[] starts = new int[buckets + 1];
        for (int r : order) {
            starts[bucket.applyAsInt(r) + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            starts[b + 1] += starts[b];
        }
        int[] sorted = new int[order.length];
        for (int r : order) {
            sorted[starts[bucket.applyAsInt(r)]++] = r;
        }
        return sorted;
    }

    /** Growing columns while the flows are read. */
    private static final class Columns {
        int size;
        int[] source = new int[1024];
        int[] target = new int[1024];
        byte[] kind = new byte[1024];
        int[] year = new int[1024];
        long[] value = new long[1024];

        void add(int from, int to, FlowKind k, int y, long v) {
            if (size == source.length) {
                int grown = size * 2;
                source = Arrays.copyOf(source, grown);
                target = Arrays.copyOf(target, grown);
                kind = Arrays.copyOf(kind, grown);
                year = Arrays.copyOf(year, grown);
                value = Arrays.copyOf(value, grown);
            }
            source[size] = from;
            target[size] = to;
            kind[size] = (byte) k.ordinal();
            year[size] = y;
            value[size] = v;
            size++;
        }
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Number of flows. */
    int size() {
        return source.length;
    }

    /** Number of parties. */
    int parties() {
        return keys.length;
    }

    /** The member spans of a consortium by organization index; empty when it has no members or does not exist. */
    Map<Integer, int[]> members(String consortiumId) {
        return members.getOrDefault(consortiumId, Map.of());
    }

    /** Whether the spans (pairs [since, until] of years) cover the year. */
    static boolean covers(int[] spans, int year) {
        for (int i = 0; i < spans.length; i += 2) {
            if (spans[i] <= year && spans[i + 1] >= year) {
                return true;
            }
        }
        return false;
    }
}
