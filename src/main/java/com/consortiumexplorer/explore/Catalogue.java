package com.consortiumexplorer.explore;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Programs, projects, majors and industries: look-ups, filtered pages and their nested lists. */
@Service
@Transactional(readOnly = true, timeout = ApiLimits.QUERY_TIMEOUT_SECONDS)
public class Catalogue {

    private static final KeysetPaging PROGRAMS = new KeysetPaging("""
            MATCH (n:Program)
            WHERE ($kinds IS NULL OR n.kind IN $kinds)
              AND ($participant IS NULL OR EXISTS { (:Organization {id: $participant})-[:PARTICIPATES_IN]->(n) })
              AND ($fromYear IS NULL OR coalesce(n.endYear, n.startYear) >= $fromYear)
              AND ($toYear IS NULL OR n.startYear <= $toYear)
              AND ($text IS NULL OR toLower(n.name) CONTAINS $text OR toLower(coalesce(n.nameEn, '')) CONTAINS $text)
            """, "id", "RETURN n {.*} AS item");

    private static final KeysetPaging PROJECTS = new KeysetPaging("""
            MATCH (n:Project)
            WHERE ($kinds IS NULL OR n.kind IN $kinds)
              AND ($statuses IS NULL OR n.status IN $statuses)
              AND ($participant IS NULL OR EXISTS { (:Organization {id: $participant})-[:PARTICIPATES_IN]->(n) })
              AND ($fromYear IS NULL OR n.`end` IS NULL OR n.`end`.year >= $fromYear)
              AND ($toYear IS NULL OR n.`start`.year <= $toYear)
              AND ($text IS NULL OR toLower(n.name) CONTAINS $text OR toLower(coalesce(n.nameEn, '')) CONTAINS $text)
            """, "id", "RETURN n {.*} AS item");

    private static final KeysetPaging MAJORS = new KeysetPaging("""
            MATCH (n:Major)
            WHERE ($industry IS NULL OR EXISTS { (n)-[:SERVES]->(:Industry {code: $industry}) })
              AND ($text IS NULL OR toLower(n.name) CONTAINS $text OR toLower(coalesce(n.nameEn, '')) CONTAINS $text)
            """, "code", "RETURN n {.*} AS item");

    private static final KeysetPaging INDUSTRIES = new KeysetPaging("""
            MATCH (n:Industry)
            WHERE $text IS NULL OR toLower(n.name) CONTAINS $text OR toLower(coalesce(n.nameEn, '')) CONTAINS $text
            """, "code", "RETURN n {.*} AS item");

    private final Neo4jClient neo4j;

    Catalogue(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The program with this id, if any. */
    public Optional<ProgramSummary> program(String id) {
        return one("MATCH (n:Program {id: $id}) RETURN n {.*} AS item", id).map(ProgramSummary::of);
    }

    /** The project with this id, if any. */
    public Optional<ProjectSummary> project(String id) {
        return one("MATCH (n:Project {id: $id}) RETURN n {.*} AS item", id).map(ProjectSummary::of);
    }

    /** The major with this code, if any. */
    public Optional<MajorSummary> major(String code) {
        return one("MATCH (n:Major {code: $id}) RETURN n {.*} AS item", code).map(MajorSummary::of);
    }

    /** The industry with this code, if any. */
    public Optional<IndustrySummary> industry(String code) {
        return one("MATCH (n:Industry {code: $id}) RETURN n {.*} AS item", code).map(IndustrySummary::of);
    }

    private Optional<org.neo4j.driver.Value> one(String cypher, String id) {
        return neo4j.query(cypher)
                .bind(id)
                .to("id")
                .fetchAs(org.neo4j.driver.Value.class)
                .mappedBy((types, row) -> row.get("item"))
                .one();
    }

    /** A page of programs in id order. */
    public Page<ProgramSummary> programs(ProgramFilter filter, int first, String after) {
        ProgramFilter f = filter == null ? new ProgramFilter(null, null, null, null, null) : filter;
        yearRange(f.fromYear(), f.toYear());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("kinds", names(f.kinds()));
        parameters.put("participant", f.participant());
        parameters.put("fromYear", f.fromYear());
        parameters.put("toYear", f.toYear());
        parameters.put("text", text(f.nameContains()));
        return PROGRAMS.page(
                neo4j, parameters, ApiLimits.pageSize(first), after, row -> ProgramSummary.of(row.get("item")));
    }

    /** A page of projects in id order. */
    public Page<ProjectSummary> projects(ProjectFilter filter, int first, String after) {
        ProjectFilter f = filter == null ? new ProjectFilter(null, null, null, null, null, null) : filter;
        yearRange(f.fromYear(), f.toYear());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("kinds", names(f.kinds()));
        parameters.put("statuses", names(f.statuses()));
        parameters.put("participant", f.participant());
        parameters.put("fromYear", f.fromYear());
        parameters.put("toYear", f.toYear());
        parameters.put("text", text(f.nameContains()));
        return PROJECTS.page(
                neo4j, parameters, ApiLimits.pageSize(first), after, row -> ProjectSummary.of(row.get("item")));
    }

    /** A page of majors in code order, optionally only those serving an industry or matching a name. */
    public Page<MajorSummary> majors(String industry, String nameContains, int first, String after) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("industry", industry);
        parameters.put("text", text(nameContains));
        return MAJORS.page(
                neo4j, parameters, ApiLimits.pageSize(first), after, row -> MajorSummary.of(row.get("item")));
    }

    /** A page of industries in code order, optionally only those matching a name. */
    public Page<IndustrySummary> industries(String nameContains, int first, String after) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("text", text(nameContains));
        return INDUSTRIES.page(
                neo4j, parameters, ApiLimits.pageSize(first), after, row -> IndustrySummary.of(row.get("item")));
    }

    /** The participants of each program or project, by organization id. */
    public <A> Map<A, List<Participation>> participants(
            Collection<A> activities, java.util.function.Function<A, String> id) {
        return BatchQuery.load(
                neo4j, """
                UNWIND $ids AS id
                CALL (id) { MATCH (a:Program {id: id}) RETURN a UNION MATCH (a:Project {id: id}) RETURN a }
                MATCH (o:Organization)-[r:PARTICIPATES_IN]->(a)
                RETURN id, r.role AS role, a {.*, labels: labels(a)} AS activity, %s AS organization ORDER BY o.id
                """.formatted(OrganizationSummary.cypher("o")), activities, id, Participations::of);
    }

    /** The industries each major serves, by code. */
    public Map<MajorSummary, List<IndustrySummary>> industriesOf(Collection<MajorSummary> majors) {
        return BatchQuery.load(neo4j, """
                UNWIND $ids AS id
                MATCH (:Major {code: id})-[:SERVES]->(i:Industry)
                RETURN id, i {.*} AS industry ORDER BY i.code
                """, majors, MajorSummary::code, row -> IndustrySummary.of(row.get("industry")));
    }

    /**
     * The kind of entity an id or code names: Organization, Consortium, Program, Project, Major or Industry.
     */
    public Optional<String> kindOf(String id) {
        return neo4j.query("""
                        CALL () {
                          MATCH (n:Organization {id: $id}) RETURN 'Organization' AS kind
                          UNION MATCH (n:Consortium {id: $id}) RETURN 'Consortium' AS kind
                          UNION MATCH (n:Program {id: $id}) RETURN 'Program' AS kind
                          UNION MATCH (n:Project {id: $id}) RETURN 'Project' AS kind
                          UNION MATCH (n:Major {code: $id}) RETURN 'Major' AS kind
                          UNION MATCH (n:Industry {code: $id}) RETURN 'Industry' AS kind
                        }
                        RETURN kind LIMIT 1
                        """).bind(id).to("id").fetchAs(String.class).one();
    }

    private static void yearRange(Integer from, Integer to) {
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("filter.fromYear (" + from + ") is after filter.toYear (" + to + ")");
        }
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values == null || values.isEmpty()
                ? null
                : values.stream().map(Enum::name).toList();
    }

    private static String text(String nameContains) {
        return nameContains == null || nameContains.isBlank() ? null : nameContains.toLowerCase(Locale.ROOT);
    }
}
