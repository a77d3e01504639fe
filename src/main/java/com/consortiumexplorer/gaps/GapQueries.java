package com.consortiumexplorer.gaps;

/**
 * The Cypher of the gap signals, shared by the per-organization path and the projection so that both read the
 * same facts. Every query is parameterised.
 */
final class GapQueries {

    private GapQueries() {}

    /** Industries of a research institute's technology: where it operates and where it has transferred it. */
    static final String TECHNOLOGY_INDUSTRIES = """
            MATCH (o:ResearchInstitute)
            WHERE $scope IS NULL OR o.id IN $scope
            CALL (o) {
                MATCH (o)-[:OPERATES_IN]->(i:Industry) RETURN i
                UNION
                MATCH (o)-[:TRANSFERS_TECHNOLOGY]->(:Organization)-[:OPERATES_IN]->(i:Industry) RETURN i
            }
            RETURN o.id AS id, collect(DISTINCT i.code) AS values
            """;

    /** The organization itself, with the features its candidates are matched against. */
    static final String SOURCE = """
            MATCH (s:Organization {id: $id})
            RETURN labels(s) AS labels, s.regionCode AS region, s.city AS city, s.size = 'LARGE' AS large,
                   COUNT { (s)-[:COLLABORATES_WITH]-(:Organization) } AS degree,
                   COLLECT { MATCH (s)-[:DEMANDS]->(m:Major) RETURN DISTINCT m.code } AS demands,
                   COLLECT { MATCH (s)-[:OFFERS]->(m:Major) RETURN DISTINCT m.code } AS offers,
                   COLLECT { MATCH (s)-[m:MEMBER_OF]->(k:Consortium) WHERE m.until IS NULL
                             RETURN DISTINCT k.id } AS consortia,
                   COLLECT { MATCH (s)-[:OPERATES_IN]->(i:Industry) RETURN DISTINCT i.code } AS industries,
                   COLLECT { MATCH (s)-[p:PARTICIPATES_IN]->(x:Project {kind: 'TRAINING_BASE'})
                             WHERE p.role IN ['HOST', 'LEAD'] RETURN DISTINCT x.id } AS trainingBases,
                   COLLECT { MATCH (s)-[:OPERATES_IN]->(i:Industry) RETURN i.code
                             UNION
                             MATCH (s)-[:TRANSFERS_TECHNOLOGY]->(:Organization)-[:OPERATES_IN]->(i:Industry)
                             RETURN i.code } AS technology
            """;

    /** Everything the organization is connected to: ties, flows either way, shared programs and projects. */
    static final String CONNECTED = """
            MATCH (s:Organization {id: $id})
            CALL (s) {
                MATCH (s)-[:COLLABORATES_WITH|FUNDS|SUPPLIES_TALENT|TRANSFERS_TECHNOLOGY|SHARES_FACILITY]-(o:Organization)
                RETURN o
                UNION
                MATCH (s)-[:PARTICIPATES_IN]->()<-[:PARTICIPATES_IN]-(o:Organization)
                RETURN o
            }
            RETURN collect(DISTINCT o.id) AS ids
            """;

    /** Enterprises that demand majors the college offers, or colleges that offer majors the enterprise demands. */
    static final String TALENT = """
            MATCH (s:Organization {id: $id})
            CALL (s) {
                MATCH (s:College)-[:OFFERS]->(m:Major)<-[:DEMANDS]-(c:Enterprise) RETURN c, m
                UNION
                MATCH (s:Enterprise)-[:DEMANDS]->(m:Major)<-[:OFFERS]-(c:College) RETURN c, m
            }
            RETURN c.id AS id, collect(DISTINCT m.code) AS values
            """;

    /** Non-large enterprises operating in the industries of a research institute's technology. */
    static final String TECHNOLOGY_FOR_INSTITUTE = """
            MATCH (c:Enterprise)-[:OPERATES_IN]->(i:Industry)
            WHERE i.code IN $technology AND coalesce(c.size, '') <> 'LARGE'
            RETURN c.id AS id, collect(DISTINCT i.code) AS values
            """;

    /** Research institutes whose technology industries include the enterprise's industries. */
    static final String TECHNOLOGY_FOR_ENTERPRISE = """
            MATCH (i:Industry) WHERE i.code IN $industries
            CALL (i) {
                MATCH (r:ResearchInstitute)-[:OPERATES_IN]->(i) RETURN r
                UNION
                MATCH (r:ResearchInstitute)-[:TRANSFERS_TECHNOLOGY]->(:Organization)-[:OPERATES_IN]->(i) RETURN r
            }
            RETURN r.id AS id, collect(DISTINCT i.code) AS values
            """;

    /** Enterprises with talent demand in the district of a training-base host. */
    static final String TRAINING_FOR_HOST = """
            MATCH (c:Enterprise {regionCode: $region})
            WHERE EXISTS { (c)-[:DEMANDS]->(:Major) }
            RETURN c.id AS id, $trainingBases AS values
            """;

    /** Training-base hosts in the district of an enterprise with talent demand. */
    static final String TRAINING_FOR_ENTERPRISE = """
            MATCH (h:Organization {regionCode: $region})-[p:PARTICIPATES_IN]->(x:Project {kind: 'TRAINING_BASE'})
            WHERE p.role IN ['HOST', 'LEAD']
            RETURN h.id AS id, collect(DISTINCT x.id) AS values
            """;

    /** Partners of partners, with each common partner's collaboration degree and the candidate's own. */
    static final String STRUCTURE = """
            MATCH (s:Organization {id: $id})-[:COLLABORATES_WITH]-(p:Organization)
            WITH DISTINCT p, COUNT { (p)-[:COLLABORATES_WITH]-(:Organization) } AS degree
            MATCH (p)-[:COLLABORATES_WITH]-(c:Organization)
            WHERE c.id <> $id
            WITH c, collect(DISTINCT {id: p.id, degree: degree}) AS partners
            RETURN c.id AS id, partners, COUNT { (c)-[:COLLABORATES_WITH]-(:Organization) } AS degree
            """;

    /** Current fellow members of the organization's consortia. */
    static final String CONSORTIUM = """
            MATCH (s:Organization {id: $id})-[m:MEMBER_OF]->(k:Consortium)<-[n:MEMBER_OF]-(c:Organization)
            WHERE m.until IS NULL AND n.until IS NULL AND c <> s
            RETURN c.id AS id, collect(DISTINCT k.id) AS values
            """;

    /** Organizations operating in the same industries. */
    static final String INDUSTRY = """
            MATCH (s:Organization {id: $id})-[:OPERATES_IN]->(i:Industry)<-[:OPERATES_IN]-(c:Organization)
            WHERE c <> s
            RETURN c.id AS id, collect(DISTINCT i.code) AS values
            """;

    // The same signals as TALENT, TECHNOLOGY_FOR_*, TRAINING_FOR_*, CONSORTIUM and INDUSTRY, but only
    // for given candidates (an index lookup each): those signals can name tens of thousands of organizations of a
    // large city, while the candidates that can reach the top are the few near ones.

    /** Majors among $majors (a college's offers) that the given enterprises demand. */
    static final String TALENT_OF_ENTERPRISES = """
            UNWIND $ids AS cid
            MATCH (c:Organization {id: cid})-[:DEMANDS]->(m:Major)
            WHERE c:Enterprise AND m.code IN $majors
            RETURN c.id AS id, collect(DISTINCT m.code) AS values
            """;

    /** Majors among $majors (an enterprise's demands) that the given colleges offer. */
    static final String TALENT_OF_COLLEGES = """
            UNWIND $ids AS cid
            MATCH (c:Organization {id: cid})-[:OFFERS]->(m:Major)
            WHERE c:College AND m.code IN $majors
            RETURN c.id AS id, collect(DISTINCT m.code) AS values
            """;

    /** The given non-large enterprises' industries among a research institute's technology industries. */
    static final String TECHNOLOGY_OF_ENTERPRISES = """
            UNWIND $ids AS cid
            MATCH (c:Organization {id: cid})-[:OPERATES_IN]->(i:Industry)
            WHERE c:Enterprise AND i.code IN $technology AND coalesce(c.size, '') <> 'LARGE'
            RETURN c.id AS id, collect(DISTINCT i.code) AS values
            """;

    /** The given enterprises with talent demand in the district of a training-base host. */
    static final String TRAINING_OF_ENTERPRISES = """
            UNWIND $ids AS cid
            MATCH (c:Organization {id: cid})
            WHERE c:Enterprise AND c.regionCode = $region AND EXISTS { (c)-[:DEMANDS]->(:Major) }
            RETURN c.id AS id, $trainingBases AS values
            """;

    /** The given research institutes' technology industries among $industries (an enterprise's industries). */
    static final String TECHNOLOGY_OF_INSTITUTES = """
            UNWIND $ids AS cid
            MATCH (r:Organization {id: cid})
            WHERE r:ResearchInstitute
            CALL (r) {
                MATCH (r)-[:OPERATES_IN]->(i:Industry) RETURN i
                UNION
                MATCH (r)-[:TRANSFERS_TECHNOLOGY]->(:Organization)-[:OPERATES_IN]->(i:Industry) RETURN i
            }
            WITH r, i WHERE i.code IN $industries
            RETURN r.id AS id, collect(DISTINCT i.code) AS values
            """;

    /** The given organizations' training bases they host or lead in $region (an enterprise's district). */
    static final String TRAINING_OF_HOSTS = """
            UNWIND $ids AS cid
            MATCH (h:Organization {id: cid})-[p:PARTICIPATES_IN]->(x:Project {kind: 'TRAINING_BASE'})
            WHERE h.regionCode = $region AND p.role IN ['HOST', 'LEAD']
            RETURN h.id AS id, collect(DISTINCT x.id) AS values
            """;

    /** The given organizations' current consortia among $consortia. */
    static final String CONSORTIUM_OF = """
            UNWIND $ids AS cid
            MATCH (c:Organization {id: cid})-[n:MEMBER_OF]->(k:Consortium)
            WHERE n.until IS NULL AND k.id IN $consortia
            RETURN c.id AS id, collect(DISTINCT k.id) AS values
            """;

    /** The given organizations' industries among $industries. */
    static final String INDUSTRY_OF = """
            UNWIND $ids AS cid
            MATCH (c:Organization {id: cid})-[:OPERATES_IN]->(i:Industry)
            WHERE i.code IN $industries
            RETURN c.id AS id, collect(DISTINCT i.code) AS values
            """;

    /** The candidates' names, kinds and places. */
    static final String CANDIDATES = """
            UNWIND $ids AS cid
            MATCH (c:Organization {id: cid})
            RETURN c.id AS id, c.name AS name, c.nameEn AS nameEn, labels(c) AS labels,
                   c.regionCode AS region, c.city AS city
            """;

    /** Current members of a consortium. */
    static final String MEMBERS = """
            MATCH (o:Organization)-[m:MEMBER_OF]->(:Consortium {id: $id})
            WHERE m.until IS NULL
            RETURN collect(DISTINCT o.id) AS ids
            """;
}
