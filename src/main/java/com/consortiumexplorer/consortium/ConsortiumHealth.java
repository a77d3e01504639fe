package com.consortiumexplorer.consortium;

import com.consortiumexplorer.graph.OrganizationType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Health indicators of a consortium in a year: membership, ties among members, flows and triple-helix balance. */
@Service
@Transactional(readOnly = true)
public class ConsortiumHealth {

    private static final String MEMBERS = """
            MATCH (o:Organization)-[m:MEMBER_OF]->(:Consortium {id: $id})
            WHERE m.since <= $yearEnd AND (m.until IS NULL OR m.until > $yearEnd)
            RETURN DISTINCT o.id AS id, labels(o) AS labels, m.role AS role
            """;

    private static final String CHANGES = """
            MATCH (:Organization)-[m:MEMBER_OF]->(:Consortium {id: $id})
            UNWIND [[m.since.year, 1, 0], [m.until.year, 0, 1]] AS change
            WITH change WHERE change[0] IS NOT NULL AND change[0] <= $year
            RETURN change[0] AS year, sum(change[1]) AS joins, sum(change[2]) AS exits
            ORDER BY year
            """;

    private static final String TIES = """
            MATCH (a:Organization) WHERE a.id IN $members
            MATCH (a)-[r:COLLABORATES_WITH|FUNDS|SUPPLIES_TALENT|TRANSFERS_TECHNOLOGY|SHARES_FACILITY]-(b:Organization)
            WHERE a.id < b.id AND b.id IN $members AND coalesce(r.since, r.year, 0) <= $year
            RETURN DISTINCT a.id AS a, b.id AS b
            """;

    private static final String FLOWS = """
            MATCH (:Consortium {id: $id})<-[m:MEMBER_OF]-(:Organization)
                  -[f:FUNDS|SUPPLIES_TALENT|TRANSFERS_TECHNOLOGY|SHARES_FACILITY]->()
            WHERE f.year <= $year AND m.since.year <= f.year AND (m.until IS NULL OR m.until.year >= f.year)
            WITH DISTINCT f
            RETURN CASE type(f) WHEN 'FUNDS' THEN 'FUNDING' WHEN 'SUPPLIES_TALENT' THEN 'TALENT'
                                WHEN 'TRANSFERS_TECHNOLOGY' THEN 'TECHNOLOGY' ELSE 'FACILITY' END AS kind,
                   f.year AS year,
                   sum(coalesce(f.amount, f.graduates, f.value, f.hours)) AS value
            ORDER BY kind, year
            """;

    private final Neo4jClient neo4j;

    ConsortiumHealth(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * The health of a consortium at the end of a year.
     *
     * @param consortiumId the consortium
     * @param year the year, or null for the current year
     */
    public HealthReport consortiumHealth(String consortiumId, Integer year) {
        int y = year == null ? LocalDate.now().getYear() : year;
        long exists = neo4j.query("MATCH (c:Consortium {id: $id}) RETURN count(c) AS n")
                .bind(consortiumId)
                .to("id")
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
        if (exists == 0) {
            throw new IllegalArgumentException("No consortium with id " + consortiumId);
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", consortiumId);
        parameters.put("year", y);
        parameters.put("yearEnd", LocalDate.of(y, 12, 31));

        Map<String, OrganizationType> members = new TreeMap<>();
        Map<String, Integer> byType = new TreeMap<>();
        Map<String, Integer> byRole = new TreeMap<>();
        for (Map<String, Object> row :
                neo4j.query(MEMBERS).bindAll(parameters).fetch().all()) {
            String id = (String) row.get("id");
            OrganizationType type = OrganizationType.fromLabels(OrganizationNetwork.strings(row.get("labels")))
                    .orElse(null);
            if (members.put(id, type) == null) {
                byType.merge(String.valueOf(type), 1, Integer::sum);
            }
            byRole.merge(row.get("role") == null ? "MEMBER" : (String) row.get("role"), 1, Integer::sum);
        }
        parameters.put("members", List.copyOf(members.keySet()));

        List<HealthReport.MembershipChange> changes = neo4j.query(CHANGES).bindAll(parameters).fetch().all().stream()
                .map(r -> new HealthReport.MembershipChange(
                        number(r.get("year")), number(r.get("joins")), number(r.get("exits"))))
                .toList();

        Set<String> tied = new HashSet<>();
        int ties = 0;
        int crossType = 0;
        int governmentCollege = 0;
        int governmentEnterprise = 0;
        int collegeEnterprise = 0;
        for (Map<String, Object> row :
                neo4j.query(TIES).bindAll(parameters).fetch().all()) {
            String a = (String) row.get("a");
            String b = (String) row.get("b");
            ties++;
            tied.add(a);
            tied.add(b);
            Set<OrganizationType> pair = new HashSet<>();
            pair.add(members.get(a));
            pair.add(members.get(b));
            crossType += pair.size() > 1 ? 1 : 0;
            governmentCollege += pair.equals(Set.of(OrganizationType.GOVERNMENT, OrganizationType.COLLEGE)) ? 1 : 0;
            governmentEnterprise +=
                    pair.equals(Set.of(OrganizationType.GOVERNMENT, OrganizationType.ENTERPRISE)) ? 1 : 0;
            collegeEnterprise += pair.equals(Set.of(OrganizationType.COLLEGE, OrganizationType.ENTERPRISE)) ? 1 : 0;
        }
        List<HealthReport.FlowVolume> flows = neo4j.query(FLOWS).bindAll(parameters).fetch().all().stream()
                .map(r -> new HealthReport.FlowVolume(
                        (String) r.get("kind"), number(r.get("year")), ((Number) r.get("value")).longValue()))
                .toList();

        int n = members.size();
        double possible = n * (n - 1) / 2.0;
        return new HealthReport(
                consortiumId,
                y,
                n,
                counts(byType),
                counts(byRole),
                changes,
                ties,
                possible == 0 ? 0 : ties / possible,
                n == 0 ? 0 : (double) (n - tied.size()) / n,
                ties == 0 ? 0 : (double) crossType / ties,
                flows,
                new HealthReport.TripleHelix(
                        governmentCollege,
                        governmentEnterprise,
                        collegeEnterprise,
                        balance(governmentCollege, governmentEnterprise, collegeEnterprise)));
    }

    /** Normalised Shannon entropy of the counts: 1 when all are equal, 0 when one holds everything or none. */
    static double balance(int... counts) {
        double total = 0;
        for (int c : counts) {
            total += c;
        }
        if (total == 0) {
            return 0;
        }
        double entropy = 0;
        for (int c : counts) {
            if (c > 0) {
                double share = c / total;
                entropy -= share * Math.log(share);
            }
        }
        return entropy / Math.log(counts.length);
    }

    private static List<HealthReport.Count> counts(Map<String, Integer> counts) {
        List<HealthReport.Count> list = new ArrayList<>();
        counts.forEach((k, v) -> list.add(new HealthReport.Count(k, v)));
        return List.copyOf(list);
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
