package com.consortiumexplorer.consortium;

import java.util.List;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programs and projects of a consortium: those its current members take part in and those supported by a
 * policy that also supports the consortium.
 */
@Service
@Transactional(readOnly = true)
public class ConsortiumActivities {

    /**
     * One program or project of a consortium.
     *
     * @param type {@code PROGRAM} or {@code PROJECT}
     * @param kind the program's or project's kind
     * @param status the project's status; null for programs
     * @param startYear first year, when known
     * @param endYear last year, when known
     * @param members current members taking part
     * @param leads names of the members that lead it
     */
    public record Activity(
            String id,
            String type,
            String name,
            String nameEn,
            String kind,
            String status,
            Long startYear,
            Long endYear,
            long members,
            List<String> leads) {

        /** The name to show for a language. */
        public String displayName(boolean english) {
            return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
        }
    }

    private final Neo4jClient neo4j;

    ConsortiumActivities(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The consortium's programs and projects, those with the most members taking part first. */
    public List<Activity> of(String consortiumId) {
        return List.copyOf(neo4j.query("""
                        MATCH (c:Consortium {id: $id})
                        CALL (c) {
                          MATCH (c)<-[m:MEMBER_OF]-(:Organization)-[:PARTICIPATES_IN]->(a)
                          WHERE m.until IS NULL AND (a:Program OR a:Project)
                          RETURN a
                          UNION
                          MATCH (c)<-[:SUPPORTS]-(:Policy)-[:SUPPORTS]->(a)
                          WHERE a:Program OR a:Project
                          RETURN a
                        }
                        OPTIONAL MATCH (c)<-[m:MEMBER_OF]-(o:Organization)-[p:PARTICIPATES_IN]->(a)
                        WHERE m.until IS NULL
                        WITH a, count(DISTINCT o) AS members,
                             collect(DISTINCT CASE WHEN p.role = 'LEAD' THEN o.name END) AS leads
                        RETURN a.id AS id, CASE WHEN a:Program THEN 'PROGRAM' ELSE 'PROJECT' END AS type,
                               a.name AS name, a.nameEn AS nameEn, a.kind AS kind, a.status AS status,
                               coalesce(a.startYear, a.start.year) AS startYear,
                               coalesce(a.endYear, a.end.year) AS endYear, members, leads
                        ORDER BY members DESC, name
                        """)
                .bindAll(Map.of("id", consortiumId))
                .fetchAs(Activity.class)
                .mappedBy((types, row) -> new Activity(
                        row.get("id").asString(),
                        row.get("type").asString(),
                        row.get("name").asString(null),
                        row.get("nameEn").asString(null),
                        row.get("kind").asString(null),
                        row.get("status").asString(null),
                        row.get("startYear").isNull()
                                ? null
                                : row.get("startYear").asLong(),
                        row.get("endYear").isNull() ? null : row.get("endYear").asLong(),
                        row.get("members").asLong(),
                        row.get("leads").asList(v -> v.asString())))
                .all());
    }
}
