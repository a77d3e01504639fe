package com.consortiumexplorer.flows;

import com.consortiumexplorer.graph.EmbeddedNeo4j;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Every resource flow of the city as primitive columns (sender, receiver, kind, year, volume), with the parties
 * and the consortium memberships of the senders, so that {@link ResourceFlows} can filter and sum any request in
 * memory instead of aggregating the whole city in Cypher on every call. Read by a few plain queries; kept by
 * {@link ResourceFlows} for one committed state of the database.
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

    /** The parties: key (the organization, program or project id), names and type, by index. */
    final String[] keys;

    final String[] names;
    final String[] namesEn;
    final String[] types;

    /** The flows, by row: sender and receiver indexes into the parties, kind ordinal, year and volume. */
    final int[] source;

    final int[] target;
    final byte[] kind;
    final int[] year;
    final long[] value;

    /** Per consortium id, per member index, the spans of years of its memberships as pairs [since, until, ...]. */
    private final Map<String, Map<Integer, int[]>> members;

    /** Runs one read query and hands each row to the consumer. */
    @FunctionalInterface
    private interface Reader {
        void read(String query, Consumer<Map<String, Object>> row);
    }

    /**
     * Reads the table from the embedded engine in one read transaction, in process (no Bolt and no driver mapping
     * of hundreds of thousands of rows), or through the client when the database is not embedded.
     */
    static FlowTable load(Neo4jClient neo4j, EmbeddedNeo4j embedded) {
        if (embedded == null) {
            return new FlowTable(
                    (query, row) -> neo4j.query(query).fetch().all().forEach(row));
        }
        try (Transaction tx = embedded.database().beginTx()) {
            return new FlowTable((query, row) -> {
                try (Result result = tx.execute(query)) {
                    result.forEachRemaining(row);
                }
            });
        }
    }

    private FlowTable(Reader reader) {
        List<String[]> parties = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        reader.read(PARTIES, row -> {
            index.put((String) row.get("id"), parties.size());
            parties.add(new String[] {
                (String) row.get("id"),
                (String) row.get("name"),
                (String) row.get("nameEn"),
                ResourceFlows.typeOf((List<?>) row.get("labels"))
            });
        });
        int n = parties.size();
        keys = new String[n];
        names = new String[n];
        namesEn = new String[n];
        types = new String[n];
        for (int i = 0; i < n; i++) {
            String[] party = parties.get(i);
            keys[i] = party[0];
            names[i] = party[1];
            namesEn[i] = party[2];
            types[i] = party[3];
        }

        Columns flows = new Columns();
        for (FlowKind k : FlowKind.values()) {
            reader.read(
                    FLOWS.formatted(k.relationship(), k.volume()),
                    row -> flows.add(
                            index.get((String) row.get("source")),
                            index.get((String) row.get("target")),
                            k,
                            ((Number) row.get("year")).intValue(),
                            ((Number) row.get("value")).longValue()));
        }
        source = Arrays.copyOf(flows.source, flows.size);
        target = Arrays.copyOf(flows.target, flows.size);
        kind = Arrays.copyOf(flows.kind, flows.size);
        year = Arrays.copyOf(flows.year, flows.size);
        value = Arrays.copyOf(flows.value, flows.size);

        members = new HashMap<>();
        reader.read(MEMBERSHIPS, row -> {
            Integer organization = index.get((String) row.get("organization"));
            Object since = row.get("since");
            if (organization == null || since == null) {
                return;
            }
            int from = ((Number) since).intValue();
            int to = row.get("until") == null ? Integer.MAX_VALUE : ((Number) row.get("until")).intValue();
            // an organization may have left and joined again: every span counts
            members.computeIfAbsent((String) row.get("consortium"), c -> new HashMap<>())
                    .merge(organization, new int[] {from, to}, FlowTable::concat);
        });
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
