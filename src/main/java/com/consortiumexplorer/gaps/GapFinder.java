package com.consortiumexplorer.gaps;

import com.consortiumexplorer.graph.OrganizationBrief;
import com.consortiumexplorer.graph.OrganizationType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds collaboration gaps: organizations that are not connected (no tie, no flow either way, no shared program or
 * project) but should be, ranked by the weighted signals of {@link GapWeights} and explained by bilingual reasons
 * with the ids of their evidence.
 */
@Service
@Transactional(readOnly = true)
public class GapFinder {

    /** Largest number of gaps a caller may ask for. */
    public static final int MAX_FIRST = 200;

    /** Candidates whose details are read in one query. */
    private static final int DETAIL_BATCH = 200;

    private final Neo4jClient neo4j;
    private final GapWeights weights;

    GapFinder(Neo4jClient neo4j, GapWeights weights) {
        this.neo4j = neo4j;
        this.weights = weights;
    }

    /**
     * The best partners the organization is not connected to, best first.
     *
     * @param organizationId the organization to find partners for
     * @param partnerTypes the kinds of partner to consider, or null or empty for all
     * @param first how many to return, 1 to {@link #MAX_FIRST}
     */
    public List<CollaborationGap> collaborationGaps(
            String organizationId, Collection<OrganizationType> partnerTypes, int first) {
        checkFirst(first);
        Map<String, Object> source = neo4j.query(GapQueries.SOURCE)
                .bind(organizationId)
                .to("id")
                .fetch()
                .one()
                .orElseThrow(() -> new IllegalArgumentException("No organization with id " + organizationId));
        Set<OrganizationType> wanted = partnerTypes == null || partnerTypes.isEmpty()
                ? EnumSet.allOf(OrganizationType.class)
                : EnumSet.copyOf(partnerTypes);
        Set<String> connected = new HashSet<>(strings(one(GapQueries.CONNECTED, Map.of("id", organizationId), "ids")));
        connected.add(organizationId);
        Request request = new Request(organizationId, source, wanted, first);

        // A large city gives a college tens of thousands of candidates (every enterprise demanding one of its
        // majors), but the top is nearly always near: partners of partners. So those are scored first, with the
        // other signals read for them alone; if the first-th best already beats the most that any other
        // organization can score (no common partner, every other signal at its best), the answer is the same as
        // scoring every candidate.
        Map<String, Signals> near = new HashMap<>();
        collectNear(near, request);
        near.keySet().removeAll(connected);
        if (!near.isEmpty()) {
            collectFarFor(near, request);
        }
        List<CollaborationGap> ranked = rank(near, request);
        if (ranked.size() >= first && kthScore(ranked, first) > farBound(request)) {
            return top(ranked, first);
        }
        // the signals' sets make reading the near candidates' far signals again harmless
        collectFar(near, request);
        near.keySet().removeAll(connected);
        return top(rank(near, request), first);
    }

    /** The organization asked about, its features, and what the caller wants. */
    private record Request(String id, Map<String, Object> source, Set<OrganizationType> wanted, int first) {

        String region() {
            return (String) source.get("region");
        }

        String city() {
            return (String) source.get("city");
        }

        int degree() {
            return ((Number) source.get("degree")).intValue();
        }

        List<String> labels() {
            return strings(source.get("labels"));
        }

        OrganizationType type() {
            return OrganizationType.fromLabels(labels()).orElse(null);
        }

        List<String> list(String column) {
            return strings(source.get(column));
        }

        /** Majors that can make a talent fit: a college's offers, an enterprise's demands. */
        List<String> talentMajors() {
            List<String> majors = new ArrayList<>();
            if (labels().contains("College")) {
                majors.addAll(list("offers"));
            }
            if (labels().contains("Enterprise")) {
                majors.addAll(list("demands"));
            }
            return majors;
        }

        boolean hostsTrainingNearby() {
            return region() != null && !list("trainingBases").isEmpty();
        }

        /** A non-large enterprise, which research institutes of its industries can fit. */
        boolean technologyForEnterprise() {
            return type() == OrganizationType.ENTERPRISE && !Boolean.TRUE.equals(source.get("large"));
        }

        /** An enterprise with talent demand, which training-base hosts of its district can fit. */
        boolean needsTrainingNearby() {
            return region() != null
                    && type() == OrganizationType.ENTERPRISE
                    && !list("demands").isEmpty();
        }
    }

    private static List<CollaborationGap> top(List<CollaborationGap> ranked, int first) {
        return List.copyOf(ranked.subList(0, Math.min(first, ranked.size())));
    }

    /**
     * Scores candidates, best first; only the place is still unknown, and it can add at most the region signal, so
     * candidates are read in batches by their best possible score, and reading stops once no further one can reach
     * the top.
     */
    private List<CollaborationGap> rank(Map<String, Signals> candidates, Request request) {
        String region = request.region();
        String city = request.city();
        int degree = request.degree();
        int first = request.first();
        List<Bounded> ordered = candidates.entrySet().stream()
                .map(e -> new Bounded(
                        e.getKey(), e.getValue(), GapScoring.score(e.getValue().bestCase(region, degree), weights)))
                .sorted(Comparator.comparingDouble(Bounded::upper).reversed().thenComparing(Bounded::id))
                .toList();
        List<CollaborationGap> ranked = new ArrayList<>();
        int batch = Math.max(DETAIL_BATCH, 4 * first);
        for (int next = 0; next < ordered.size(); next += batch) {
            if (ranked.size() >= first && ordered.get(next).upper() < kthScore(ranked, first)) {
                break;
            }
            List<String> ids = ordered.subList(next, Math.min(ordered.size(), next + batch)).stream()
                    .map(Bounded::id)
                    .toList();
            for (Map<String, Object> row : neo4j.query(GapQueries.CANDIDATES)
                    .bindAll(Map.of("ids", ids))
                    .fetch()
                    .all()) {
                OrganizationBrief brief = brief(row);
                if (brief.type() == null || !request.wanted().contains(brief.type())) {
                    continue;
                }
                GapEvidence evidence = candidates.get(brief.id()).evidence(region, city, degree, row);
                GapScoring.Scored scored = GapScoring.explain(evidence, weights);
                ranked.add(new CollaborationGap(brief, scored.score(), scored.reasons()));
            }
        }
        ranked.sort(Comparator.comparingDouble(CollaborationGap::score)
                .reversed()
                .thenComparing(g -> g.organization().id()));
        return ranked;
    }

    /**
     * The highest score an organization outside the near candidates can reach: it has no common partner, and every
     * other signal is at its best for this organization's majors, industries, technology, training bases, consortia
     * and place.
     */
    private double farBound(Request request) {
        double talent = GapScoring.saturating(request.talentMajors().size());
        double technology = request.type() == OrganizationType.RESEARCH_INSTITUTE
                ? GapScoring.saturating(request.list("technology").size())
                : request.technologyForEnterprise()
                        ? GapScoring.saturating(request.list("industries").size())
                        : 0;
        // a host near an enterprise may run any number of training bases
        double facility = request.needsTrainingNearby()
                ? 1
                : request.hostsTrainingNearby()
                        ? GapScoring.saturating(request.list("trainingBases").size())
                        : 0;
        double consortium = request.list("consortia").isEmpty() ? 0 : 1;
        double industry = GapScoring.saturating(request.list("industries").size());
        double region = request.region() != null ? 1 : request.city() != null ? 0.5 : 0;
        double sum = weights.talent() * talent
                + weights.technology() * technology
                + weights.facility() * facility
                + weights.consortium() * consortium
                + weights.industry() * industry
                + weights.region() * region;
        // a margin for rounding: a far candidate that ties the first-th best must still be read
        return sum / weights.sum() + 1e-12;
    }

    /** A candidate with the highest score it could have once its place is known. */
    private record Bounded(String id, Signals signals, double upper) {}

    private static double kthScore(List<CollaborationGap> ranked, int k) {
        return ranked.stream()
                .map(CollaborationGap::score)
                .sorted(Comparator.reverseOrder())
                .skip(k - 1L)
                .findFirst()
                .orElse(0.0);
    }

    /**
     * The best unconnected pairs among the current members of a consortium, best first.
     *
     * @param consortiumId the consortium
     * @param first how many pairs to return, 1 to {@link #MAX_FIRST}
     */
    public List<PairGap> consortiumGaps(String consortiumId, int first) {
        checkFirst(first);
        List<String> ids = members(consortiumId);
        CityGraph graph = CityGraph.load(neo4j, ids);
        List<Integer> members = memberIndexes(graph, ids);
        record Candidate(int a, int b, double score) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                int a = members.get(i);
                int b = members.get(j);
                if (!graph.connected(a, b)) {
                    candidates.add(new Candidate(a, b, GapScoring.score(graph.evidence(a, b), weights)));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return candidates.stream()
                .limit(first)
                .map(c -> {
                    GapScoring.Scored scored = GapScoring.explain(graph.evidence(c.a(), c.b()), weights);
                    return new PairGap(graph.brief(c.a()), graph.brief(c.b()), scored.score(), scored.reasons());
                })
                .toList();
    }

    /** Current members of the consortium with no tie, flow or shared program or project with any other member. */
    public List<OrganizationBrief> unconnectedMembers(String consortiumId) {
        List<String> ids = members(consortiumId);
        CityGraph graph = CityGraph.load(neo4j, ids);
        List<Integer> members = memberIndexes(graph, ids);
        return members.stream()
                .filter(m -> graph.isolatedAmong(m, members))
                .map(graph::brief)
                .sorted(Comparator.comparing(OrganizationBrief::id))
                .toList();
    }

    private List<String> members(String consortiumId) {
        long exists = neo4j.query("MATCH (c:Consortium {id: $id}) RETURN count(c) AS n")
                .bind(consortiumId)
                .to("id")
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
        if (exists == 0) {
            throw new IllegalArgumentException("No consortium with id " + consortiumId);
        }
        return strings(one(GapQueries.MEMBERS, Map.of("id", consortiumId), "ids"));
    }

    private static List<Integer> memberIndexes(CityGraph graph, List<String> ids) {
        return ids.stream().map(graph::indexOf).sorted().toList();
    }

    private static void checkFirst(int first) {
        if (first < 1 || first > MAX_FIRST) {
            throw new IllegalArgumentException("first must be between 1 and " + MAX_FIRST + ", was " + first);
        }
    }

    /** Partners of partners, with the degrees the structure signal needs. */
    private void collectNear(Map<String, Signals> candidates, Request request) {
        for (Map<String, Object> row : neo4j.query(GapQueries.STRUCTURE)
                .bindAll(Map.of("id", request.id()))
                .fetch()
                .all()) {
            Signals signals = candidates.computeIfAbsent((String) row.get("id"), k -> new Signals());
            signals.degree = ((Number) row.get("degree")).intValue();
            for (Object partner : (List<?>) row.get("partners")) {
                Map<?, ?> p = (Map<?, ?>) partner;
                signals.partners.put((String) p.get("id"), ((Number) p.get("degree")).intValue());
            }
        }
    }

    /** Signals that can name many organizations: talent, technology, training, consortia, industries. */
    private void collectFar(Map<String, Signals> candidates, Request request) {
        Map<String, Object> byId = Map.of("id", request.id());
        collect(candidates, GapQueries.TALENT, byId, (s, v) -> s.talent.addAll(v));
        if (request.technologyForEnterprise()) {
            collect(
                    candidates,
                    GapQueries.TECHNOLOGY_FOR_ENTERPRISE,
                    Map.of("industries", request.list("industries")),
                    (s, v) -> s.technology.addAll(v));
        }
        if (request.needsTrainingNearby()) {
            collect(
                    candidates,
                    GapQueries.TRAINING_FOR_ENTERPRISE,
                    Map.of("region", request.region()),
                    (s, v) -> s.trainingBases.addAll(v));
        }
        if (request.type() == OrganizationType.RESEARCH_INSTITUTE) {
            collect(
                    candidates,
                    GapQueries.TECHNOLOGY_FOR_INSTITUTE,
                    Map.of("technology", request.list("technology")),
                    (s, v) -> s.technology.addAll(v));
        }
        if (request.hostsTrainingNearby()) {
            collect(
                    candidates,
                    GapQueries.TRAINING_FOR_HOST,
                    Map.of("region", request.region(), "trainingBases", request.list("trainingBases")),
                    (s, v) -> s.trainingBases.addAll(v));
        }
        collect(candidates, GapQueries.CONSORTIUM, byId, (s, v) -> s.consortia.addAll(v));
        collect(candidates, GapQueries.INDUSTRY, byId, (s, v) -> s.industries.addAll(v));
    }

    /** The signals of {@link #collectFar} for the given candidates only, one index lookup each. */
    private void collectFarFor(Map<String, Signals> candidates, Request request) {
        List<String> ids = List.copyOf(candidates.keySet());
        List<String> majors = request.talentMajors();
        if (!majors.isEmpty()) {
            String query = request.labels().contains("College")
                    ? GapQueries.TALENT_OF_ENTERPRISES
                    : GapQueries.TALENT_OF_COLLEGES;
            collect(candidates, query, Map.of("ids", ids, "majors", majors), (s, v) -> s.talent.addAll(v));
        }
        if (request.technologyForEnterprise()) {
            collect(
                    candidates,
                    GapQueries.TECHNOLOGY_OF_INSTITUTES,
                    Map.of("ids", ids, "industries", request.list("industries")),
                    (s, v) -> s.technology.addAll(v));
        }
        if (request.needsTrainingNearby()) {
            collect(
                    candidates,
                    GapQueries.TRAINING_OF_HOSTS,
                    Map.of("ids", ids, "region", request.region()),
                    (s, v) -> s.trainingBases.addAll(v));
        }
        if (request.type() == OrganizationType.RESEARCH_INSTITUTE) {
            collect(
                    candidates,
                    GapQueries.TECHNOLOGY_OF_ENTERPRISES,
                    Map.of("ids", ids, "technology", request.list("technology")),
                    (s, v) -> s.technology.addAll(v));
        }
        if (request.hostsTrainingNearby()) {
            collect(
                    candidates,
                    GapQueries.TRAINING_OF_ENTERPRISES,
                    Map.of("ids", ids, "region", request.region(), "trainingBases", request.list("trainingBases")),
                    (s, v) -> s.trainingBases.addAll(v));
        }
        collect(
                candidates,
                GapQueries.CONSORTIUM_OF,
                Map.of("ids", ids, "consortia", request.list("consortia")),
                (s, v) -> s.consortia.addAll(v));
        collect(
                candidates,
                GapQueries.INDUSTRY_OF,
                Map.of("ids", ids, "industries", request.list("industries")),
                (s, v) -> s.industries.addAll(v));
    }

    private interface Adder {
        void add(Signals signals, List<String> values);
    }

    private void collect(Map<String, Signals> candidates, String query, Map<String, Object> parameters, Adder adder) {
        for (Map<String, Object> row :
                neo4j.query(query).bindAll(parameters).fetch().all()) {
            adder.add(
                    candidates.computeIfAbsent((String) row.get("id"), k -> new Signals()), strings(row.get("values")));
        }
    }

    private Object one(String query, Map<String, Object> parameters, String column) {
        return neo4j.query(query)
                .bindAll(parameters)
                .fetch()
                .one()
                .map(row -> row.get(column))
                .orElse(List.of());
    }

    private static List<String> strings(Object values) {
        List<String> result = new ArrayList<>();
        if (values instanceof Collection<?> collection) {
            for (Object value : collection) {
                result.add((String) value);
            }
        }
        return result;
    }

    private static OrganizationBrief brief(Map<String, Object> row) {
        return new OrganizationBrief(
                (String) row.get("id"),
                (String) row.get("name"),
                (String) row.get("nameEn"),
                OrganizationType.fromLabels(strings(row.get("labels"))).orElse(null));
    }

    /** The signals gathered for one candidate across the queries. */
    private static final class Signals {
        final Set<String> talent = new TreeSet<>();
        final Set<String> technology = new TreeSet<>();
        final Set<String> trainingBases = new TreeSet<>();
        final Map<String, Integer> partners = new HashMap<>();
        final Set<String> consortia = new TreeSet<>();
        final Set<String> industries = new TreeSet<>();
        /** Collaboration ties of the candidate; read only for candidates with common partners, the others need none. */
        int degree;

        /** The evidence if the candidate were in the organization's district and city (the most a place adds). */
        GapEvidence bestCase(String region, int sourceDegree) {
            return evidence(region != null, true, region, sourceDegree);
        }

        GapEvidence evidence(String region, String city, int sourceDegree, Map<String, Object> candidate) {
            return evidence(
                    region != null && region.equals(candidate.get("region")),
                    city != null && city.equals(candidate.get("city")),
                    region,
                    sourceDegree);
        }

        private GapEvidence evidence(boolean sameRegion, boolean sameCity, String region, int sourceDegree) {
            List<GapEvidence.CommonPartner> common = new ArrayList<>();
            new TreeSet<>(partners.keySet())
                    .forEach(p -> common.add(new GapEvidence.CommonPartner(p, partners.get(p))));
            return new GapEvidence(
                    List.copyOf(talent),
                    List.copyOf(technology),
                    sameRegion ? List.copyOf(trainingBases) : List.of(),
                    common,
                    List.copyOf(consortia),
                    List.copyOf(industries),
                    sameRegion,
                    sameCity,
                    sameRegion ? region : null,
                    sourceDegree,
                    degree);
        }
    }
}
