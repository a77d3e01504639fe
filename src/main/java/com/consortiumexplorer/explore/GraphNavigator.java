package com.consortiumexplorer.explore;

import com.consortiumexplorer.graph.GraphReads;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.CursorFactory;
import org.neo4j.internal.kernel.api.NodeCursor;
import org.neo4j.internal.kernel.api.PropertyCursor;
import org.neo4j.internal.kernel.api.Read;
import org.neo4j.internal.kernel.api.RelationshipTraversalCursor;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.internal.kernel.api.TokenSet;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.storageengine.api.PropertySelection;
import org.neo4j.storageengine.api.RelationshipSelection;
import org.neo4j.token.api.TokenConstants;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Finds nodes by name and walks the graph: neighbourhoods, relationships among nodes, shortest paths. */
@Service
@Transactional(readOnly = true)
public class GraphNavigator {

    /** Most nodes one neighbourhood may hold. */
    public static final int MAX_NODES = 5000;

    /** Deepest neighbourhood, in hops. */
    public static final int MAX_DEPTH = 3;

    /** Longest path searched for. */
    public static final int MAX_PATH_LENGTH = 8;

    /** Most search results. */
    public static final int MAX_SEARCH_RESULTS = 50;

    /** Longest search text, in characters. */
    public static final int MAX_SEARCH_TEXT = 200;

    /** How much of each reached node a neighbourhood carries. */
    public enum Detail {
        /** Every property and the degree. */
        FULL,
        /**
         * Only the key and the names (the properties hold just those, the degree is -1): enough to draw the node;
         * a view fetches the rest for the node a user selects.
         */
        OUTLINE,
        /**
         * Only the shape: each node's key (no names, the degree is -1) and each relationship's ends and type, without
         * its properties (a year range still filters on them); what a client asks for that wants nothing else.
         */
        KEYS
    }

    /** The unique keys a node's stable id is looked up by, in this order. */
    private static final List<UniqueKey> ID_KEYS = List.of(
            new UniqueKey("Organization", "id"),
            new UniqueKey("Consortium", "id"),
            new UniqueKey("Program", "id"),
            new UniqueKey("Project", "id"),
            new UniqueKey("Policy", "id"),
            new UniqueKey("Major", "code"),
            new UniqueKey("Industry", "code"));

    /** Finds a node by its stable id through the unique index of each kind. */
    private static final String RESOLVE = ID_KEYS.stream()
            .map(key -> "MATCH (n:%s {%s: id}) RETURN n".formatted(key.label().name(), key.property()))
            .collect(Collectors.joining("\n  UNION ", "CALL (id) {\n  ", "\n}\n"));

    private static final String NODE = """
            {eid: elementId(%1$s), labels: labels(%1$s), props: properties(%1$s), degree: COUNT { (%1$s)--() }}""";

    /** The properties of an outline: the key and the names. */
    private static final String[] OUTLINE_KEYS = {"id", "code", "name", "nameEn", "title", "titleEn"};

    /** The properties of a node in the shape of a neighbourhood: its key (the code for industries and majors). */
    private static final String[] KEY_KEYS = {"id", "code"};

    /**
     * A node as a canvas first draws it: its key and names, no other property and no degree, which a view fetches
     * for the one node a user selects. Projecting every property and counting the relationships of each of a
     * thousand nodes is most of the time a large neighbourhood takes.
     */
    private static final String OUTLINE = projected(OUTLINE_KEYS);

    /** A node as the shape of a neighbourhood carries it: its key only. */
    private static final String KEY = projected(KEY_KEYS);

    private static final String EDGE = """
            {eid: elementId(%1$s), type: type(%1$s), props: properties(%1$s),
             source: elementId(startNode(%1$s)), target: elementId(endNode(%1$s))}""";

    private static final List<String> ALL_LABELS =
            Arrays.stream(EntityType.values()).map(EntityType::label).toList();

    private static final List<String> ALL_TYPES =
            Arrays.stream(RelationshipType.values()).map(Enum::name).toList();

    private final Neo4jClient neo4j;
    private final GraphReads reads;

    GraphNavigator(Neo4jClient neo4j, GraphReads reads) {
        this.neo4j = neo4j;
        this.reads = reads;
    }

    /**
     * Nodes whose Chinese or English name matches the text, best first: full-text matches (the CJK analyzer
     * matches 宜宾 inside longer names, words in any case, word prefixes while typing), then plain substring
     * matches of names and codes the index does not cover (industries, majors, single characters).
     *
     * @param text what the user typed, at most {@link #MAX_SEARCH_TEXT} characters
     * @param types kinds to return; null or empty for every kind
     * @param first most results, 1 to {@link #MAX_SEARCH_RESULTS}
     */
    public List<SearchHit> search(String text, Collection<EntityType> types, int first) {
        if (first < 1 || first > MAX_SEARCH_RESULTS) {
            throw new IllegalArgumentException("first must be between 1 and " + MAX_SEARCH_RESULTS + ", was " + first);
        }
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        if (trimmed.length() > MAX_SEARCH_TEXT) {
            // Every word becomes a clause of the full-text query, and Lucene refuses more than 1,024 of them.
            throw new IllegalArgumentException(
                    "text must be at most " + MAX_SEARCH_TEXT + " characters, was " + trimmed.length());
        }
        List<String> labels = labels(types);
        Map<String, SearchHit> hits = new LinkedHashMap<>();
        String lucene = LuceneQuery.of(trimmed);
        if (!lucene.isEmpty()) {
            neo4j.query("""
                            CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
                            WHERE any(l IN labels(node) WHERE l IN $labels)
                            WITH node, score ORDER BY score DESC LIMIT $first
                            RETURN %s AS n, score
                            """.formatted(NODE.formatted("node")))
                    .bindAll(Map.of("query", lucene, "labels", labels, "first", (long) first))
                    .fetchAs(SearchHit.class)
                    .mappedBy((t, row) ->
                            new SearchHit(node(row.get("n")), row.get("score").asDouble()))
                    .all()
                    .forEach(hit -> hits.putIfAbsent(hit.entity().id(), hit));
        }
        if (hits.size() < first) {
            neo4j.query("""
                            MATCH (node)
                            WHERE any(l IN labels(node) WHERE l IN $labels)
                              AND (toLower(coalesce(node.name, node.title, '')) CONTAINS $text
                                   OR toLower(coalesce(node.nameEn, node.titleEn, '')) CONTAINS $text
                                   OR toLower(coalesce(node.code, '')) STARTS WITH $text)
                            WITH node ORDER BY size(coalesce(node.name, node.title, '')) LIMIT $first
                            RETURN %s AS n
                            """.formatted(NODE.formatted("node")))
                    .bindAll(Map.of("text", trimmed.toLowerCase(), "labels", labels, "first", (long) first))
                    .fetchAs(GraphNode.class)
                    .mappedBy((t, row) -> node(row.get("n")))
                    .all()
                    .forEach(n -> hits.putIfAbsent(n.id(), new SearchHit(n, 0)));
        }
        return hits.values().stream().limit(first).toList();
    }

    /** The node with this id (an industry's or major's code), if any. */
    @Transactional(propagation = Propagation.SUPPORTS) // GraphReads opens the read transaction
    public Optional<GraphNode> node(String id) {
        return reads.read(ApiLimits.QUERY_TIMEOUT, tx -> rawNode(tx, id)).map(Raw::node);
    }

    /**
     * The part of the graph within {@code depth} hops of a node, breadth first, following only the given
     * relationship types to the given node types and only relationships that exist in the year range.
     *
     * @param id the centre's id
     * @param depth hops, 1 to {@link #MAX_DEPTH}
     * @param relationshipTypes types to follow; null or empty for all
     * @param nodeTypes kinds of node to reach; null or empty for all
     * @param fromYear first year of the range, or null
     * @param toYear last year of the range, or null
     * @param limit most nodes, 1 to {@link #MAX_NODES}; reaching it sets {@link Subgraph#truncated()}
     * @return the subgraph, empty when there is no such node
     */
    public Optional<Subgraph> neighborhood(
            String id,
            int depth,
            Collection<RelationshipType> relationshipTypes,
            Collection<EntityType> nodeTypes,
            Integer fromYear,
            Integer toYear,
            int limit) {
        return neighborhood(id, depth, relationshipTypes, nodeTypes, fromYear, toYear, limit, Detail.FULL);
    }

    /**
     * The same part of the graph as {@link #neighborhood(String, int, Collection, Collection, Integer, Integer,
     * int)}, its nodes but the centre carrying as much as the detail asks for.
     */
    @Transactional(propagation = Propagation.SUPPORTS) // GraphReads opens the read transaction
    public Optional<Subgraph> neighborhood(
            String id,
            int depth,
            Collection<RelationshipType> relationshipTypes,
            Collection<EntityType> nodeTypes,
            Integer fromYear,
            Integer toYear,
            int limit,
            Detail detail) {
        check(depth >= 1 && depth <= MAX_DEPTH, "depth must be between 1 and " + MAX_DEPTH + ", was " + depth);
        check(limit >= 1 && limit <= MAX_NODES, "limit must be between 1 and " + MAX_NODES + ", was " + limit);
        check(
                fromYear == null || toYear == null || fromYear <= toYear,
                "fromYear must not be after toYear (" + fromYear + " > " + toYear + ")");
        Around around =
                new Around(id, depth, types(relationshipTypes), labels(nodeTypes), fromYear, toYear, limit, detail);
        return reads.read(ApiLimits.QUERY_TIMEOUT, tx -> walkInProcess(tx, around), tx -> walkInCypher(tx, around));
    }

    /**
     * The neighbourhood through the engine's kernel cursors: each relationship of the frontier read straight from the
     * store, each new node's labels and key read once from one positioned cursor, no statement to plan, no rows to
     * encode and map (the Cypher form spent most of a neighbourhood's time there), no entity objects for what is only
     * stepped over. It reaches the same nodes and relationships as the Cypher form.
     */
    private static Optional<Subgraph> walkInProcess(Transaction tx, Around around) {
        Optional<Node> centre = centre(tx, around.id());
        if (centre.isEmpty()) {
            return Optional.empty();
        }
        InternalTransaction internal = (InternalTransaction) tx;
        KernelTransaction kernel = internal.kernelTransaction();
        KernelTokens tokens = new KernelTokens(kernel.tokenRead(), around);
        long centreId = internalId(centre.get());
        // keyed on the engine's internal ids: no element id text a step
        Walk<Long> walk =
                new Walk<>(around, centreId, node(centre.get(), CoreProjection.labels(centre.get()), Detail.FULL));
        RelationshipSelection selection = RelationshipSelection.selection(tokens.types(), Direction.BOTH);
        Read read = kernel.dataRead();
        CursorFactory cursors = kernel.cursors();
        try (NodeCursor from = cursors.allocateNodeCursor(kernel.cursorContext(), kernel.memoryTracker());
                NodeCursor to = cursors.allocateNodeCursor(kernel.cursorContext(), kernel.memoryTracker());
                RelationshipTraversalCursor relationships =
                        cursors.allocateRelationshipTraversalCursor(kernel.cursorContext(), kernel.memoryTracker());
                PropertyCursor properties =
                        cursors.allocatePropertyCursor(kernel.cursorContext(), kernel.memoryTracker())) {
            List<Long> frontier = tokens.types().length == 0 ? List.of() : List.of(centreId);
            for (int hop = 1; hop <= around.depth() && !frontier.isEmpty() && !walk.truncated; hop++) {
                List<Long> next = new ArrayList<>();
                long steps = 0;
                expand:
                for (long n : frontier) {
                    read.singleNode(n, from);
                    if (!from.next()) {
                        continue;
                    }
                    from.relationships(relationships, selection);
                    while (relationships.next()) {
                        long m = relationships.otherNodeReference();
                        // a node reached before passed the types; a new one has its labels read once, here, and
                        // the cursor stays on it for its key
                        boolean known = walk.admitted(m);
                        if (!known) {
                            read.singleNode(m, to);
                            if (!to.next() || !tokens.admits(to.labels())) {
                                continue;
                            }
                        }
                        if (++steps > around.cap()) {
                            break expand;
                        }
                        // the step makes the relationship only when it takes it, the cursor still on it
                        if (walk.step(
                                relationships.relationshipReference(),
                                () -> rawEdge(internal, relationships, tokens, around.edgeProperties()),
                                m,
                                () -> node(internal, m, to, properties, tokens, around.detail()),
                                hop)) {
                            next.add(m);
                        }
                    }
                }
                frontier = next;
            }
        }
        return Optional.of(walk.subgraph());
    }

    /**
     * The relationship a kernel cursor is on, its ends as internal ids, with its element id and its properties (as the
     * Cypher form gives them) or none.
     */
    private static RawEdge<Long> rawEdge(
            InternalTransaction tx, RelationshipTraversalCursor cursor, KernelTokens tokens, boolean properties) {
        long id = cursor.relationshipReference();
        Map<String, Object> props = properties
                ? Values.value(tx.newRelationshipEntity(id).getAllProperties()).asMap()
                : Map.of();
        return new RawEdge<>(
                tx.elementIdMapper().relationshipElementId(id),
                tokens.type(cursor.type()),
                cursor.sourceNodeReference(),
                cursor.targetNodeReference(),
                props);
    }

    @SuppressWarnings("deprecation") // the internal id is what the kernel's cursors walk with
    private static long internalId(Node node) {
        return node.getId();
    }

    /**
     * A node the walk reached through the kernel, the cursor on it: its key read there when that is all the detail
     * asks for, else projected through the core API as the centre is.
     */
    private static GraphNode node(
            InternalTransaction tx,
            long id,
            NodeCursor cursor,
            PropertyCursor properties,
            KernelTokens tokens,
            Detail detail) {
        EntityType type = tokens.kind(cursor.labels())
                .orElseThrow(() -> new IllegalStateException("A node without a known kind was reached: " + id));
        if (detail != Detail.KEYS) {
            Node node = tx.newNodeEntity(id);
            return node(node, CoreProjection.labels(node), detail);
        }
        cursor.properties(properties, PropertySelection.selection(tokens.key(type)));
        Map<String, Object> key = properties.next()
                ? Values.value(Map.of(type.key(), properties.propertyValue().asObjectCopy()))
                        .asMap()
                : Map.of();
        return node(type, key, -1);
    }

    /**
     * The kernel's tokens of a neighbourhood's filters: the relationship types to follow, the labels a reached node
     * must carry one of, the kinds by label and their keys.
     */
    private static final class KernelTokens {

        private final int[] types;
        private final RelationshipType[] typeByIndex;
        private final Set<Integer> admitted = new HashSet<>();
        private final Map<Integer, EntityType> kinds = new HashMap<>();
        private final Map<EntityType, Integer> keys = new EnumMap<>(EntityType.class);

        KernelTokens(TokenRead tokens, Around around) {
            List<String> known = around.types().stream()
                    .filter(name -> tokens.relationshipType(name) != TokenConstants.NO_TOKEN)
                    .toList();
            types = known.stream().mapToInt(tokens::relationshipType).toArray();
            typeByIndex = known.stream().map(RelationshipType::valueOf).toArray(RelationshipType[]::new);
            for (String label : around.labels()) {
                int token = tokens.nodeLabel(label);
                if (token != TokenConstants.NO_TOKEN) {
                    admitted.add(token);
                }
            }
            for (EntityType kind : EntityType.values()) {
                int token = tokens.nodeLabel(kind.label());
                if (token != TokenConstants.NO_TOKEN) {
                    kinds.put(token, kind);
                }
                keys.put(kind, tokens.propertyKey(kind.key()));
            }
        }

        /** The types to follow that exist in the database; none when none of them does. */
        int[] types() {
            return types;
        }

        RelationshipType type(int token) {
            for (int i = 0; i < types.length; i++) {
                if (types[i] == token) {
                    return typeByIndex[i];
                }
            }
            throw new IllegalStateException("A relationship of an unselected type was walked: " + token);
        }

        boolean admits(TokenSet labels) {
            for (int i = 0; i < labels.numberOfTokens(); i++) {
                if (admitted.contains(labels.token(i))) {
                    return true;
                }
            }
            return false;
        }

        /** The first of the labels that names a kind, as {@link EntityType#fromLabels} finds it. */
        Optional<EntityType> kind(TokenSet labels) {
            for (int i = 0; i < labels.numberOfTokens(); i++) {
                EntityType kind = kinds.get(labels.token(i));
                if (kind != null) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }

        int key(EntityType kind) {
            return keys.get(kind);
        }
    }

    /** The neighbourhood in Cypher, for an external database or a caller's transaction: one statement a hop. */
    private static Optional<Subgraph> walkInCypher(GraphReads.Reader tx, Around around) {
        Optional<Raw> centre = rawNode(tx, around.id());
        if (centre.isEmpty()) {
            return Optional.empty();
        }
        Walk<String> walk = new Walk<>(around, centre.get().eid(), centre.get().node());
        List<String> frontier = List.of(centre.get().eid());
        Map<String, Object> params = new HashMap<>();
        params.put("labels", around.labels());
        params.put("cap", around.cap());
        // The types go into the pattern, so only relationships of those types are expanded (names of enum
        // constants, never request text); each reached node is projected once, and only when it is new.
        String expand = """
                UNWIND $frontier AS fid
                MATCH (n) WHERE elementId(n) = fid
                MATCH (n)-[r:%s]-(m)
                WHERE any(l IN labels(m) WHERE l IN $labels)
                WITH r, m LIMIT $cap
                WITH collect({edge: %s, m: elementId(m)}) AS steps, collect(DISTINCT m) AS reached
                RETURN steps, [x IN reached WHERE NOT elementId(x) IN $known | %s] AS nodes
                """.formatted(
                        String.join("|", around.types()),
                        EDGE.formatted("r"),
                        projection(around.detail()).formatted("x"));
        for (int hop = 1; hop <= around.depth() && !frontier.isEmpty() && !walk.truncated; hop++) {
            params.put("frontier", frontier);
            params.put("known", List.copyOf(walk.nodes.keySet()));
            MapAccessor row = tx.one(expand, params, r -> r).orElseThrow();
            Map<String, GraphNode> reached = new HashMap<>();
            row.get("nodes").values().forEach(value -> {
                Raw raw = raw(value);
                reached.put(raw.eid(), raw.node());
            });
            List<String> next = new ArrayList<>();
            for (Value step : row.get("steps").values()) {
                RawEdge<String> edge = rawEdge(step.get("edge"));
                String eid = step.get("m").asString();
                if (walk.step(edge.eid(), () -> edge, eid, () -> reached.get(eid), hop)) {
                    next.add(eid);
                }
            }
            frontier = next;
        }
        return Optional.of(walk.subgraph());
    }

    /** The centre as {@link #RESOLVE} finds it: the first kind whose unique key holds the id. */
    private static Optional<Node> centre(Transaction tx, String id) {
        for (UniqueKey key : ID_KEYS) {
            try (ResourceIterator<Node> found = tx.findNodes(key.label(), key.property(), id)) {
                if (found.hasNext()) {
                    return Optional.of(found.next());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The relationships of the given types whose both ends are among the given nodes, for revealing the ties
     * among what a user has on screen.
     *
     * @param ids ids of the nodes, at most {@link #MAX_NODES}
     * @param relationshipTypes types to return; null or empty for all
     */
    public List<GraphEdge> relationshipsAmong(Collection<String> ids, Collection<RelationshipType> relationshipTypes) {
        check(ids.size() <= MAX_NODES, "at most " + MAX_NODES + " ids, were " + ids.size());
        Map<String, GraphNode> byEid = new LinkedHashMap<>();
        rawNodes(ids).forEach(r -> byEid.put(r.eid(), r.node()));
        return neo4j
                .query("""
                        UNWIND $eids AS eid
                        MATCH (a) WHERE elementId(a) = eid
                        MATCH (a)-[r]->(b)
                        WHERE type(r) IN $types AND elementId(b) IN $eids
                        RETURN %s AS r
                        """.formatted(EDGE.formatted("r")))
                .bindAll(Map.of("eids", List.copyOf(byEid.keySet()), "types", types(relationshipTypes)))
                .fetchAs(GraphEdge.class)
                .mappedBy((t, row) -> rawEdge(row.get("r")).edge(byEid, Map.of()))
                .all()
                .stream()
                .toList();
    }

    /**
     * A shortest path between two nodes over the given relationship types, ignoring direction.
     *
     * @param from id of the start
     * @param to id of the end
     * @param maxLength most relationships, 1 to {@link #MAX_PATH_LENGTH}
     * @param relationshipTypes types to follow; null or empty for all
     * @return the path, empty when there is none within the length or either node does not exist
     */
    public Optional<GraphPath> shortestPath(
            String from, String to, int maxLength, Collection<RelationshipType> relationshipTypes) {
        check(
                maxLength >= 1 && maxLength <= MAX_PATH_LENGTH,
                "maxLength must be between 1 and " + MAX_PATH_LENGTH + ", was " + maxLength);
        if (from.equals(to)) {
            return node(from).map(n -> new GraphPath(List.of(n), List.of()));
        }
        // The length bound must be a literal in Cypher; it is a validated int, never user text.
        String cypher = """
                WITH $from AS id
                %1$s
                WITH n AS a, $to AS id
                %1$s
                WITH a, n AS b
                MATCH p = shortestPath((a)-[rels*..%2$d]-(b))
                WHERE all(r IN rels WHERE type(r) IN $types)
                RETURN [x IN nodes(p) | %3$s] AS nodes, [r IN relationships(p) | %4$s] AS edges
                LIMIT 1
                """.formatted(RESOLVE, maxLength, NODE.formatted("x"), EDGE.formatted("r"));
        return neo4j.query(cypher)
                .bindAll(Map.of("from", from, "to", to, "types", types(relationshipTypes)))
                .fetchAs(GraphPath.class)
                .mappedBy((t, row) -> path(row))
                .one();
    }

    private GraphPath path(Record row) {
        Map<String, GraphNode> byEid = new LinkedHashMap<>();
        Map<String, Integer> hops = new HashMap<>();
        for (Value value : row.get("nodes").values()) {
            Raw raw = raw(value);
            hops.put(raw.eid(), byEid.size());
            byEid.put(raw.eid(), raw.node());
        }
        List<GraphEdge> edges = row.get("edges").asList(GraphNavigator::rawEdge).stream()
                .map(e -> e.edge(byEid, hops))
                .toList();
        return new GraphPath(List.copyOf(byEid.values()), edges);
    }

    /** Nodes of one kind in name order, for pickers. */
    public List<GraphNode> list(EntityType type, int limit) {
        check(limit >= 1 && limit <= MAX_NODES, "limit must be between 1 and " + MAX_NODES + ", was " + limit);
        // The label comes from the enum, never from user input.
        return neo4j
                .query("MATCH (n:`%s`) WITH n ORDER BY coalesce(n.name, n.title), n.%s LIMIT $limit RETURN %s AS n"
                        .formatted(type.label(), type.key(), NODE.formatted("n")))
                .bindAll(Map.of("limit", (long) limit))
                .fetchAs(GraphNode.class)
                .mappedBy((t, row) -> node(row.get("n")))
                .all()
                .stream()
                .toList();
    }

    /** The nodes with these ids, in no particular order; ids of no node are skipped. */
    public List<GraphNode> nodes(Collection<String> ids) {
        check(ids.size() <= MAX_NODES, "at most " + MAX_NODES + " ids, were " + ids.size());
        return rawNodes(ids).stream().map(Raw::node).toList();
    }

    private Collection<Raw> rawNodes(Collection<String> ids) {
        return neo4j.query("UNWIND $ids AS id\n" + RESOLVE + "RETURN DISTINCT " + NODE.formatted("n") + " AS n")
                .bindAll(Map.of("ids", List.copyOf(new LinkedHashSet<>(ids))))
                .fetchAs(Raw.class)
                .mappedBy((t, row) -> raw(row.get("n")))
                .all();
    }

    private static Optional<Raw> rawNode(GraphReads.Reader tx, String id) {
        return tx.one(
                "WITH $id AS id\n" + RESOLVE + "RETURN " + NODE.formatted("n") + " AS n LIMIT 1",
                Map.of("id", id),
                row -> raw(row.get("n")));
    }

    private static GraphNode node(Value value) {
        return raw(value).node();
    }

    /** How the Cypher form projects a node at a detail. */
    private static String projection(Detail detail) {
        return switch (detail) {
            case FULL -> NODE;
            case OUTLINE -> OUTLINE;
            case KEYS -> KEY;
        };
    }

    /** A node projected in Cypher with only these properties, and no degree. */
    private static String projected(String... keys) {
        return "{eid: elementId(%1$s), labels: labels(%1$s), degree: -1, props: %1$s {"
                + Arrays.stream(keys).map(key -> "." + key).collect(Collectors.joining(", "))
                + "}}";
    }

    private static Raw raw(Value value) {
        return raw(
                value.get("eid").asString(),
                value.get("labels").asList(Value::asString),
                value.get("props").asMap(),
                value.get("degree").asLong());
    }

    /**
     * A node read through the core API, with the same detail and the same property values as the Cypher form gives
     * (the driver's conversion turns arrays into lists and every integer into a long).
     *
     * @param labels the node's labels, read before
     */
    private static GraphNode node(Node node, List<String> labels, Detail detail) {
        boolean full = detail == Detail.FULL;
        Map<String, Object> props = switch (detail) {
            case FULL -> node.getAllProperties();
            case OUTLINE -> node.getProperties(OUTLINE_KEYS);
            // the one key its kind has: asking for both keys reads every property to find the absent one
            case KEYS -> key(node, labels);
        };
        return node(labels, Values.value(props).asMap(), full ? node.getDegree() : -1);
    }

    /** The key property of a node of a known kind (of no other: {@link #node} refuses it). */
    private static Map<String, Object> key(Node node, List<String> labels) {
        return EntityType.fromLabels(labels)
                .map(EntityType::key)
                .<Map<String, Object>>map(key -> {
                    Object value = node.getProperty(key, null);
                    return value == null ? Map.of() : Map.of(key, value);
                })
                .orElse(Map.of());
    }

    private static Raw raw(String eid, List<String> labels, Map<String, Object> props, long degree) {
        return new Raw(eid, node(labels, props, degree));
    }

    private static GraphNode node(List<String> labels, Map<String, Object> props, long degree) {
        EntityType type = EntityType.fromLabels(labels)
                .orElseThrow(() -> new IllegalStateException("A node with labels " + labels + " has no known kind"));
        return node(type, props, degree);
    }

    private static GraphNode node(EntityType type, Map<String, Object> props, long degree) {
        if (props.containsValue(null)) {
            // An outline's map projection names its absent keys with null; a stored property is never null.
            props = new HashMap<>(props);
            props.values().removeIf(Objects::isNull);
        }
        String name = text(props, "name", "title");
        String nameEn = text(props, "nameEn", "titleEn");
        String id = String.valueOf(props.get(type.key()));
        return new GraphNode(id, type, name, nameEn, props, degree);
    }

    private static RawEdge<String> rawEdge(Value value) {
        return new RawEdge<>(
                value.get("eid").asString(),
                RelationshipType.valueOf(value.get("type").asString()),
                value.get("source").asString(),
                value.get("target").asString(),
                value.get("props").asMap());
    }

    private static String text(Map<String, Object> props, String key, String fallback) {
        Object value = props.containsKey(key) ? props.get(key) : props.get(fallback);
        return value == null ? null : value.toString();
    }

    private static List<String> labels(Collection<EntityType> types) {
        return types == null || types.isEmpty()
                ? ALL_LABELS
                : EnumSet.copyOf(types).stream().map(EntityType::label).toList();
    }

    private static List<String> types(Collection<RelationshipType> types) {
        return types == null || types.isEmpty()
                ? ALL_TYPES
                : EnumSet.copyOf(types).stream().map(Enum::name).toList();
    }

    private static void check(boolean valid, String message) {
        if (!valid) {
            throw new IllegalArgumentException(message);
        }
    }

    /** A neighbourhood asked for, its filters as label and relationship type names. */
    private record Around(
            String id,
            int depth,
            List<String> types,
            List<String> labels,
            Integer fromYear,
            Integer toYear,
            int limit,
            Detail detail) {

        /** Most steps a hop reads: a little beyond the limit tells whether the limit cut anything off. */
        long cap() {
            return (limit + 1L) * 4;
        }

        /** Whether relationships are read with their properties: to carry them, or to filter on the year range. */
        boolean edgeProperties() {
            return detail != Detail.KEYS || fromYear != null || toYear != null;
        }
    }

    /** A label and the property that holds a unique key of its nodes. */
    private record UniqueKey(Label label, String property) {

        UniqueKey(String label, String property) {
            this(Label.label(label), property);
        }
    }

    /** A node with its database-internal element id, which the traversal keys on. */
    private record Raw(String eid, GraphNode node) {}

    /**
     * A relationship with the keys of its ends (the element ids of the Cypher form, the nodes of the core API's),
     * before they are translated to stable ids.
     */
    private record RawEdge<K>(String eid, RelationshipType type, K source, K target, Map<String, Object> props) {

        RawEdge<K> withoutProperties() {
            return props.isEmpty() ? this : new RawEdge<>(eid, type, source, target, Map.of());
        }

        GraphEdge edge(Map<K, GraphNode> byKey, Map<K, Integer> hops) {
            int sourceHops = hops.getOrDefault(source, 0);
            int targetHops = hops.getOrDefault(target, 0);
            GraphEdge.Direction direction =
                    sourceHops <= targetHops ? GraphEdge.Direction.OUTGOING : GraphEdge.Direction.INCOMING;
            return new GraphEdge(
                    eid, type, byKey.get(source).id(), byKey.get(target).id(), direction, props);
        }
    }

    /**
     * What a breadth-first walk has reached, built the same way from the steps of either form: a step over a
     * relationship outside the year range is skipped, a new node past the limit truncates, every other step keeps
     * its relationship. Nodes are keyed on what the form walks with (element ids, or the engine's nodes), and
     * relationships likewise.
     */
    private static final class Walk<K> {

        private final Around around;
        private final K centre;
        private final Map<K, GraphNode> nodes = new LinkedHashMap<>();
        private final Map<K, Integer> hops = new HashMap<>();
        private final Map<Object, RawEdge<K>> edges = new LinkedHashMap<>();
        private boolean truncated;

        Walk(Around around, K centre, GraphNode centreNode) {
            this.around = around;
            this.centre = centre;
            nodes.put(centre, centreNode);
            hops.put(centre, 0);
        }

        /**
         * Whether a node was reached before over a step, and so passed the node types (the centre, reached
         * without a step, may not).
         */
        boolean admitted(K node) {
            return !node.equals(centre) && nodes.containsKey(node);
        }

        /**
         * Takes the step over a relationship to a node, making the relationship and the node only when needed.
         *
         * @return whether the node is new, for the next frontier
         */
        boolean step(Object edgeKey, Supplier<RawEdge<K>> edge, K nodeKey, Supplier<GraphNode> node, int hop) {
            if (edges.containsKey(edgeKey)) {
                // taken before from its other end: in range, both ends already reached
                return false;
            }
            RawEdge<K> read = edge.get();
            if (!GraphEdge.overlaps(read.props(), around.fromYear(), around.toYear())) {
                return false;
            }
            RawEdge<K> taken = around.detail() == Detail.KEYS ? read.withoutProperties() : read;
            boolean isNew = !nodes.containsKey(nodeKey);
            if (isNew) {
                if (nodes.size() >= around.limit()) {
                    truncated = true;
                    return false;
                }
                nodes.put(nodeKey, node.get());
                hops.put(nodeKey, hop);
            }
            edges.put(edgeKey, taken);
            return isNew;
        }

        Subgraph subgraph() {
            List<GraphEdge> graphEdges =
                    edges.values().stream().map(e -> e.edge(nodes, hops)).toList();
            return new Subgraph(nodes.get(centre).id(), List.copyOf(nodes.values()), graphEdges, truncated);
        }
    }
}
