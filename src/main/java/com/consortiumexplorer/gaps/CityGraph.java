package com.consortiumexplorer.gaps;

import com.consortiumexplorer.graph.OrganizationBrief;
import com.consortiumexplorer.graph.OrganizationType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * An in-memory projection of the organizations and of everything the gap score reads about them. The evaluation
 * projects the whole city and removes the held-out ties from the copy it scores, so the model never sees them;
 * consortium gaps project one consortium's members and their partners.
 */
final class CityGraph {

    private final List<String> ids;
    private final Map<String, Integer> index;
    private final List<OrganizationBrief> briefs;
    private final String[] regions;
    private final String[] cities;
    private final boolean[] large;
    private final int[] degree;
    private final List<Set<Integer>> collaborations;
    private final List<Set<Integer>> otherLinks;
    private final List<Set<String>> offers;
    private final List<Set<String>> demands;
    private final List<Set<String>> industries;
    private final List<Set<String>> technology;
    private final List<Set<String>> trainingBases;
    private final List<Set<String>> consortia;

    private CityGraph(List<OrganizationBrief> briefs, String[] regions, String[] cities, boolean[] large) {
        this.briefs = briefs;
        this.ids = briefs.stream().map(OrganizationBrief::id).toList();
        this.index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        this.regions = regions;
        this.cities = cities;
        this.large = large;
        this.degree = new int[ids.size()];
        this.collaborations = sets(ids.size());
        this.otherLinks = sets(ids.size());
        this.offers = sets(ids.size());
        this.demands = sets(ids.size());
        this.industries = sets(ids.size());
        this.technology = sets(ids.size());
        this.trainingBases = sets(ids.size());
        this.consortia = sets(ids.size());
    }

    private static <T> List<Set<T>> sets(int size) {
        List<Set<T>> sets = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            sets.add(new HashSet<>());
        }
        return sets;
    }

    /**
     * Projects organizations from the database.
     *
     * @param neo4j the client to read with
     * @param scope ids of the organizations to score, or null for all; their collaboration partners are
     *     projected too, with their degrees, so that structural proximity is exact
     */
    static CityGraph load(Neo4jClient neo4j, Collection<String> scope) {
        Map<String, Object> scoped = new HashMap<>();
        scoped.put("scope", scope == null ? null : List.copyOf(scope));
        Collection<Map<String, Object>> ties =
                neo4j.query("""
                        MATCH (a:Organization)-[:COLLABORATES_WITH]-(b:Organization)
                        WHERE $scope IS NULL OR a.id IN $scope
                        RETURN DISTINCT a.id AS a, b.id AS b
                        """).bindAll(scoped).fetch().all();
        Set<String> nodeIds = null;
        if (scope != null) {
            nodeIds = new LinkedHashSet<>(scope);
            for (Map<String, Object> tie : ties) {
                nodeIds.add((String) tie.get("b"));
            }
        }
        Map<String, Object> nodesParam = new HashMap<>();
        nodesParam.put("ids", nodeIds == null ? null : List.copyOf(nodeIds));
        List<Map<String, Object>> rows =
                List.copyOf(neo4j.query("""
                        MATCH (o:Organization)
                        WHERE $ids IS NULL OR o.id IN $ids
                        RETURN o.id AS id, o.name AS name, o.nameEn AS nameEn, labels(o) AS labels,
                               o.regionCode AS region, o.city AS city, o.size = 'LARGE' AS large,
                               COUNT { (o)-[:COLLABORATES_WITH]-(:Organization) } AS degree
                        ORDER BY o.id
                        """).bindAll(nodesParam).fetch().all());
        List<OrganizationBrief> briefs = new ArrayList<>();
        String[] regions = new String[rows.size()];
        String[] cities = new String[rows.size()];
        boolean[] large = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) row.get("labels");
            briefs.add(new OrganizationBrief(
                    (String) row.get("id"),
                    (String) row.get("name"),
                    (String) row.get("nameEn"),
                    OrganizationType.fromLabels(labels).orElse(null)));
            regions[i] = (String) row.get("region");
            cities[i] = (String) row.get("city");
            large[i] = Boolean.TRUE.equals(row.get("large"));
        }
        CityGraph graph = new CityGraph(briefs, regions, cities, large);
        for (int i = 0; i < rows.size(); i++) {
            graph.degree[i] = ((Number) rows.get(i).get("degree")).intValue();
        }
        for (Map<String, Object> tie : ties) {
            graph.link(graph.collaborations, (String) tie.get("a"), (String) tie.get("b"));
        }
        graph.loadLinks(neo4j, scoped);
        graph.loadFeatures(neo4j, scoped);
        return graph;
    }

    private void link(List<Set<Integer>> adjacency, String a, String b) {
        Integer i = index.get(a);
        Integer j = index.get(b);
        if (i != null && j != null && !i.equals(j)) {
            adjacency.get(i).add(j);
            adjacency.get(j).add(i);
        }
    }

    private void loadLinks(Neo4jClient neo4j, Map<String, Object> scoped) {
        String flows = """
                MATCH (a:Organization)-[:FUNDS|SUPPLIES_TALENT|TRANSFERS_TECHNOLOGY|SHARES_FACILITY]-(b:Organization)
                WHERE $scope IS NULL OR a.id IN $scope
                RETURN DISTINCT a.id AS a, b.id AS b
                """;
        String shared = """
                MATCH (a:Organization)-[:PARTICIPATES_IN]->()<-[:PARTICIPATES_IN]-(b:Organization)
                WHERE ($scope IS NULL OR a.id IN $scope) AND a <> b
                RETURN DISTINCT a.id AS a, b.id AS b
                """;
        for (String query : List.of(flows, shared)) {
            for (Map<String, Object> row :
                    neo4j.query(query).bindAll(scoped).fetch().all()) {
                link(otherLinks, (String) row.get("a"), (String) row.get("b"));
            }
        }
    }

    private void loadFeatures(Neo4jClient neo4j, Map<String, Object> scoped) {
        feature(neo4j, scoped, offers, """
                MATCH (o:College)-[:OFFERS]->(m:Major)
                WHERE $scope IS NULL OR o.id IN $scope
                RETURN o.id AS id, collect(DISTINCT m.code) AS values
                """);
        feature(neo4j, scoped, demands, """
                MATCH (o:Enterprise)-[:DEMANDS]->(m:Major)
                WHERE $scope IS NULL OR o.id IN $scope
                RETURN o.id AS id, collect(DISTINCT m.code) AS values
                """);
        feature(neo4j, scoped, industries, """
                MATCH (o:Organization)-[:OPERATES_IN]->(i:Industry)
                WHERE $scope IS NULL OR o.id IN $scope
                RETURN o.id AS id, collect(DISTINCT i.code) AS values
                """);
        feature(neo4j, scoped, technology, GapQueries.TECHNOLOGY_INDUSTRIES);
        feature(neo4j, scoped, trainingBases, """
                MATCH (o:Organization)-[p:PARTICIPATES_IN]->(x:Project {kind: 'TRAINING_BASE'})
                WHERE ($scope IS NULL OR o.id IN $scope) AND p.role IN ['HOST', 'LEAD']
                RETURN o.id AS id, collect(DISTINCT x.id) AS values
                """);
        feature(neo4j, scoped, consortia, """
                MATCH (o:Organization)-[m:MEMBER_OF]->(c:Consortium)
                WHERE ($scope IS NULL OR o.id IN $scope) AND m.until IS NULL
                RETURN o.id AS id, collect(DISTINCT c.id) AS values
                """);
    }

    private void feature(Neo4jClient neo4j, Map<String, Object> scoped, List<Set<String>> target, String query) {
        for (Map<String, Object> row :
                neo4j.query(query).bindAll(scoped).fetch().all()) {
            Integer i = index.get((String) row.get("id"));
            if (i != null) {
                @SuppressWarnings("unchecked")
                List<String> values = (List<String>) row.get("values");
                target.get(i).addAll(values);
            }
        }
    }

    /** A copy without the given collaboration ties (pairs of indexes), with degrees lowered to match. */
    CityGraph withoutTies(Collection<long[]> hidden) {
        CityGraph copy = new CityGraph(briefs, regions, cities, large);
        System.arraycopy(degree, 0, copy.degree, 0, degree.length);
        copyAll(collaborations, copy.collaborations);
        copyAll(otherLinks, copy.otherLinks);
        copyAll(offers, copy.offers);
        copyAll(demands, copy.demands);
        copyAll(industries, copy.industries);
        copyAll(technology, copy.technology);
        copyAll(trainingBases, copy.trainingBases);
        copyAll(consortia, copy.consortia);
        for (long[] tie : hidden) {
            int a = (int) tie[0];
            int b = (int) tie[1];
            if (copy.collaborations.get(a).remove(b)) {
                copy.collaborations.get(b).remove(a);
                copy.degree[a]--;
                copy.degree[b]--;
            }
        }
        return copy;
    }

    private static <T> void copyAll(List<Set<T>> from, List<Set<T>> to) {
        for (int i = 0; i < from.size(); i++) {
            to.get(i).addAll(from.get(i));
        }
    }

    int size() {
        return ids.size();
    }

    Integer indexOf(String id) {
        return index.get(id);
    }

    OrganizationBrief brief(int i) {
        return briefs.get(i);
    }

    int degree(int i) {
        return degree[i];
    }

    Set<Integer> collaborators(int i) {
        return collaborations.get(i);
    }

    /** Visits every collaboration tie once, as a pair of indexes with the smaller first. */
    void forEachTie(BiConsumer<Integer, Integer> visitor) {
        for (int i = 0; i < ids.size(); i++) {
            for (int j : collaborations.get(i)) {
                if (i < j) {
                    visitor.accept(i, j);
                }
            }
        }
    }

    /** Connected as DESIGN.md defines it: a collaboration, a flow either way, or a shared program or project. */
    boolean connected(int a, int b) {
        return collaborations.get(a).contains(b) || otherLinks.get(a).contains(b);
    }

    /** Whether the organization has no tie to any of the given organizations. */
    boolean isolatedAmong(int a, Collection<Integer> others) {
        for (int b : others) {
            if (b != a && connected(a, b)) {
                return false;
            }
        }
        return true;
    }

    /** The evidence for a pair, symmetric in its arguments. */
    GapEvidence evidence(int a, int b) {
        List<GapEvidence.CommonPartner> common = new ArrayList<>();
        Set<Integer> smaller =
                collaborations.get(a).size() <= collaborations.get(b).size()
                        ? collaborations.get(a)
                        : collaborations.get(b);
        Set<Integer> larger = smaller == collaborations.get(a) ? collaborations.get(b) : collaborations.get(a);
        for (int p : smaller) {
            if (larger.contains(p)) {
                common.add(new GapEvidence.CommonPartner(ids.get(p), degree[p]));
            }
        }
        common.sort((x, y) -> x.id().compareTo(y.id()));
        boolean sameRegion = regions[a] != null && regions[a].equals(regions[b]);
        boolean sameCity = cities[a] != null && cities[a].equals(cities[b]);
        return new GapEvidence(
                directed(a, b, this::talent),
                directed(a, b, this::technologyFit),
                directed(a, b, (x, y) -> sameRegion ? trainingBaseFit(x, y) : Set.of()),
                common,
                List.copyOf(intersection(consortia.get(a), consortia.get(b))),
                List.copyOf(intersection(industries.get(a), industries.get(b))),
                sameRegion,
                sameCity,
                sameRegion ? regions[a] : null,
                degree[a],
                degree[b]);
    }

    private interface Fit {
        Set<String> of(int x, int y);
    }

    private static List<String> directed(int a, int b, Fit fit) {
        TreeSet<String> all = new TreeSet<>(fit.of(a, b));
        all.addAll(fit.of(b, a));
        return List.copyOf(all);
    }

    private OrganizationType type(int i) {
        return briefs.get(i).type();
    }

    private Set<String> talent(int college, int enterprise) {
        if (type(college) != OrganizationType.COLLEGE || type(enterprise) != OrganizationType.ENTERPRISE) {
            return Set.of();
        }
        return intersection(offers.get(college), demands.get(enterprise));
    }

    private Set<String> technologyFit(int institute, int enterprise) {
        if (type(institute) != OrganizationType.RESEARCH_INSTITUTE
                || type(enterprise) != OrganizationType.ENTERPRISE
                || large[enterprise]) {
            return Set.of();
        }
        return intersection(technology.get(institute), industries.get(enterprise));
    }

    private Set<String> trainingBaseFit(int host, int enterprise) {
        if (type(enterprise) != OrganizationType.ENTERPRISE
                || demands.get(enterprise).isEmpty()
                || host == enterprise) {
            return Set.of();
        }
        return trainingBases.get(host);
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>();
        for (String value : a.size() <= b.size() ? a : b) {
            if ((a.size() <= b.size() ? b : a).contains(value)) {
                result.add(value);
            }
        }
        return result;
    }
}
