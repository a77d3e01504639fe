package com.consortiumexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.ExplorerIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

@ExplorerIntegrationTest
class DemoCityIT {

    @Autowired
    Driver driver;

    @Autowired
    DemoCity demoCity;

    private Record one(String query) {
        return driver.executableQuery(query).execute().records().getFirst();
    }

    private Map<String, Object> fingerprint() {
        return one("""
                        CALL () { MATCH (n) RETURN count(n) AS nodes }
                        CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                        CALL () { MATCH ()-[f:FUNDS]->() RETURN sum(f.amount) AS funding }
                        RETURN nodes, relationships, funding
                        """).asMap();
    }

    @Test
    void demoCityMeetsTheRealismFloor() {
        Record counts = one("""
                CALL () { MATCH (o:Organization) RETURN count(o) AS organizations }
                CALL () { MATCH (c:Consortium) RETURN count(c) AS consortia }
                CALL () { MATCH (n) WHERE n:Program OR n:Project RETURN count(n) AS programsAndProjects }
                CALL () { MATCH (m:Major) RETURN count(m) AS majors }
                CALL () { MATCH (i:Industry) RETURN count(i) AS industries }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                CALL () { MATCH ()-[m:MEMBER_OF]->() WHERE m.until IS NOT NULL RETURN count(m) AS exits }
                RETURN organizations, consortia, programsAndProjects, majors, industries, relationships, exits
                """);
        assertThat(counts.get("organizations").asLong()).isGreaterThanOrEqualTo(150);
        assertThat(counts.get("consortia").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(counts.get("programsAndProjects").asLong()).isGreaterThanOrEqualTo(30);
        assertThat(counts.get("majors").asLong()).isGreaterThanOrEqualTo(40);
        assertThat(counts.get("industries").asLong()).isGreaterThanOrEqualTo(15);
        assertThat(counts.get("relationships").asLong()).isGreaterThanOrEqualTo(1500);
        assertThat(counts.get("exits").asLong()).isPositive();

        List<String> types =
                driver.executableQuery("MATCH ()-[r]->() RETURN DISTINCT type(r) AS t").execute().records().stream()
                        .map(r -> r.get("t").asString())
                        .toList();
        assertThat(types)
                .contains(
                        "MEMBER_OF",
                        "PARTICIPATES_IN",
                        "COLLABORATES_WITH",
                        "FUNDS",
                        "SUPPLIES_TALENT",
                        "TRANSFERS_TECHNOLOGY",
                        "SHARES_FACILITY",
                        "OFFERS",
                        "DEMANDS",
                        "SERVES",
                        "OPERATES_IN",
                        "ISSUES",
                        "SUPPORTS");
        List<String> kinds = driver
                .executableQuery(
                        "MATCH (o:Organization) RETURN DISTINCT [l IN labels(o) WHERE l <> 'Organization'][0] AS k")
                .execute()
                .records()
                .stream()
                .map(r -> r.get("k").asString())
                .toList();
        assertThat(kinds)
                .containsExactlyInAnyOrder(
                        "Government",
                        "College",
                        "Enterprise",
                        "ResearchInstitute",
                        "IndustryAssociation",
                        "ServiceAgency");
        assertThat(one("MATCH (o:Organization) WHERE o.nameEn IS NULL RETURN count(o) AS n")
                        .get("n")
                        .asLong())
                .isZero();
    }

    @Test
    void demoCityIsLoadedOnceAndOnlyOnce() {
        assertThat(one("MATCH (m:DemoDataset) RETURN count(m) AS n, m.illustrative AS illustrative")
                        .asMap())
                .containsEntry("n", 1L)
                .containsEntry("illustrative", true);
        Map<String, Object> before = fingerprint();
        assertThat(demoCity.loadIfEmpty()).isFalse();
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void theScriptIsIdempotent() {
        Map<String, Object> before = fingerprint();
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> DemoCity.statements().forEach(tx::run));
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    /**
     * The demo's rows travel as parameters; Neo4j evaluating the same literals must give the same rows. Checked on
     * the smallest statements and on those with escaped quotes (each literal takes Neo4j about half a second).
     */
    @Test
    void parameterisedRowsEqualTheLiteralsNeo4jReads() {
        List<String> statements = DemoCity.splitStatements(new String(readScript(), StandardCharsets.UTF_8)).stream()
                .filter(s -> s.startsWith("UNWIND"))
                .sorted(Comparator.comparingInt(String::length))
                .toList();
        List<String> checked = new ArrayList<>(statements.subList(0, 3));
        statements.stream().filter(s -> s.contains("\\'")).limit(2).forEach(checked::add);
        assertThat(checked).hasSize(5);
        for (String statement : checked) {
            String literal = statement.substring(statement.indexOf('['), statement.indexOf("] AS row") + 1);
            Object neo4j = one("RETURN " + literal + " AS rows").get("rows").asObject();
            Object ours =
                    DemoCity.parameterised(statement).parameters().get("rows").asObject();
            assertThat(ours).isEqualTo(neo4j);
        }
    }

    private static byte[] readScript() {
        try (var in = new ClassPathResource(DemoCity.SCRIPT).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void scriptSplitterKeepsStatementsAndDropsComments() {
        assertThat(DemoCity.splitStatements("""
                        // a comment;
                        MERGE (a:X {id: 'a'})
                        SET a.n = 1;

                        MATCH (a:X) RETURN a;
                        """))
                .containsExactly("MERGE (a:X {id: 'a'})\nSET a.n = 1", "MATCH (a:X) RETURN a");
    }
}
