package com.consortiumexplorer.flows;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Talent supply against demand per major, and the alignment of industries with the majors serving them, for the
 * whole city or the members of one consortium.
 */
@Service
@Transactional(readOnly = true)
public class ChainAnalysis {

    /** Whether {@code x} was a member of {@code $consortium} at some time in {@code $year}; true without one. */
    private static final String MEMBER = """
            ($consortium IS NULL OR EXISTS {
                MATCH (x)-[mm:MEMBER_OF]->(:Consortium {id: $consortium})
                WHERE mm.since.year <= $year AND (mm.until IS NULL OR mm.until.year >= $year) })""";

    /**
     * Graduates hired in the year are summed per major code once, before the majors: matched per major, every
     * talent flow of the year was read again for each major (quadratic in a large city).
     */
    private static final String TALENT = """
            CALL () {
                OPTIONAL MATCH (x:College)-[s:SUPPLIES_TALENT]->(:Enterprise) WHERE s.year = $year AND %1$s
                WITH s.majorCode AS code, sum(s.graduates) AS graduates
                RETURN collect([code, graduates]) AS hired
            }
            MATCH (m:Major)
            CALL (m) {
                OPTIONAL MATCH (x:College)-[o:OFFERS]->(m) WHERE %1$s
                RETURN coalesce(sum(o.annualIntake), 0) AS intake, collect(DISTINCT x.id) AS colleges
            }
            CALL (m) {
                OPTIONAL MATCH (x:Enterprise)-[d:DEMANDS]->(m) WHERE d.year = $year AND %1$s
                RETURN coalesce(sum(d.headcount), 0) AS demand, collect(DISTINCT x.id) AS enterprises
            }
            WITH m, intake, colleges, coalesce([h IN hired WHERE h[0] = m.code | h[1]][0], 0) AS graduates, demand,
                 enterprises
            WHERE intake > 0 OR graduates > 0 OR demand > 0
            RETURN m.code AS code, m.name AS name, m.nameEn AS nameEn, intake, graduates, demand,
                   colleges, enterprises
            ORDER BY code
            """.formatted(MEMBER);

    private static final String CHAIN = """
            MATCH (i:Industry)
            CALL (i) {
                OPTIONAL MATCH (x:Enterprise)-[:OPERATES_IN]->(i) WHERE %1$s
                RETURN collect(DISTINCT x.id) AS enterprises
            }
            CALL (i) {
                OPTIONAL MATCH (x:ResearchInstitute)-[:OPERATES_IN]->(i) WHERE %1$s
                RETURN collect(DISTINCT x.id) AS institutes
            }
            CALL (i) {
                OPTIONAL MATCH (m:Major)-[:SERVES]->(i)
                RETURN collect(DISTINCT m.code) AS majors
            }
            CALL (i) {
                OPTIONAL MATCH (x:Enterprise)-[d:DEMANDS]->(:Major)-[:SERVES]->(i) WHERE d.year = $year AND %1$s
                WITH DISTINCT d
                RETURN coalesce(sum(d.headcount), 0) AS demand
            }
            CALL (i) {
                OPTIONAL MATCH (x:College)-[o:OFFERS]->(:Major)-[:SERVES]->(i) WHERE %1$s
                WITH DISTINCT x, o
                RETURN coalesce(sum(o.annualIntake), 0) AS supply, collect(DISTINCT x.id) AS colleges
            }
            RETURN i.code AS code, i.name AS name, i.nameEn AS nameEn, enterprises, institutes, majors,
                   demand, supply, colleges
            ORDER BY code
            """.formatted(MEMBER);

    private final Neo4jClient neo4j;

    ChainAnalysis(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * Supply against demand per major.
     *
     * @param consortiumId only colleges and enterprises that were members in the year, or null for all
     * @param year the year of demand and graduates, or null for the latest year with demand
     */
    public TalentBalance talentBalance(String consortiumId, Integer year) {
        int y = year == null ? latestDemandYear() : year;
        List<TalentBalance.Major> majors =
                neo4j.query(TALENT).bindAll(parameters(consortiumId, y)).fetch().all().stream()
                        .map(row -> {
                            long intake = number(row.get("intake"));
                            long demand = number(row.get("demand"));
                            return new TalentBalance.Major(
                                    (String) row.get("code"),
                                    (String) row.get("name"),
                                    (String) row.get("nameEn"),
                                    intake,
                                    number(row.get("graduates")),
                                    demand,
                                    intake - demand,
                                    demand == 0 ? null : (double) intake / demand,
                                    strings(row.get("colleges")),
                                    strings(row.get("enterprises")));
                        })
                        .toList();
        return new TalentBalance(y, majors);
    }

    /**
     * Industries with their enterprises, demand, serving majors, supply and research institutes, flagged when
     * demand and supply do not meet, in the latest year with demand.
     *
     * @param consortiumId only organizations that were members in that year, or null for all
     */
    public ChainAlignment chainAlignment(String consortiumId) {
        int y = latestDemandYear();
        List<ChainAlignment.Industry> industries =
                neo4j.query(CHAIN).bindAll(parameters(consortiumId, y)).fetch().all().stream()
                        .map(row -> {
                            long demand = number(row.get("demand"));
                            long supply = number(row.get("supply"));
                            return new ChainAlignment.Industry(
                                    (String) row.get("code"),
                                    (String) row.get("name"),
                                    (String) row.get("nameEn"),
                                    strings(row.get("enterprises")),
                                    demand,
                                    strings(row.get("majors")),
                                    supply,
                                    strings(row.get("colleges")),
                                    strings(row.get("institutes")),
                                    flag(demand, supply));
                        })
                        .sorted(Comparator.comparing(
                                        (ChainAlignment.Industry i) -> i.flag() == ChainAlignment.Flag.ALIGNED
                                                || i.flag() == ChainAlignment.Flag.INACTIVE)
                                .thenComparing(ChainAlignment.Industry::code))
                        .toList();
        return new ChainAlignment(y, industries);
    }

    static ChainAlignment.Flag flag(long demand, long supply) {
        if (demand > 0 && supply > 0) {
            return ChainAlignment.Flag.ALIGNED;
        }
        if (demand > 0) {
            return ChainAlignment.Flag.DEMAND_WITHOUT_SUPPLY;
        }
        return supply > 0 ? ChainAlignment.Flag.SUPPLY_WITHOUT_DEMAND : ChainAlignment.Flag.INACTIVE;
    }

    private int latestDemandYear() {
        return neo4j.query("MATCH ()-[d:DEMANDS]->() RETURN max(d.year) AS year")
                .fetchAs(Long.class)
                .one()
                .map(Long::intValue)
                .orElseThrow(() -> new IllegalArgumentException("There is no talent demand to analyse"));
    }

    private static Map<String, Object> parameters(String consortiumId, int year) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("consortium", consortiumId);
        parameters.put("year", year);
        return parameters;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static List<String> strings(Object values) {
        return ((List<?>) values).stream().map(String::valueOf).toList();
    }
}
