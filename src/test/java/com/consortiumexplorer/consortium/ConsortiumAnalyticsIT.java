package com.consortiumexplorer.consortium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.consortiumexplorer.ExplorerIntegrationTest;
import com.consortiumexplorer.graph.OrganizationBrief;
import com.consortiumexplorer.graph.OrganizationType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** Centrality, brokers, communities and health on small consortia of their own with known answers. */
@ExplorerIntegrationTest
class ConsortiumAnalyticsIT {

    @Autowired
    StructureAnalysis structure;

    @Autowired
    ConsortiumHealth health;

    @Autowired
    Driver driver;

    private final String p = "t-cons-" + UUID.randomUUID() + "-";

    @BeforeEach
    void plant() {
        // Consortium k: a clique of four colleges and a clique of four enterprises, bridged only by association b
        // (tied to c1, c2, e1, e2). x left k, so it is not in k's network although it ties everything.
        // Consortium h: government g, college c, enterprises e1 and e2 for the health figures.
        driver.executableQuery("""
                        CREATE (k:Consortium {id: $p + 'k', name: '结构'}), (h:Consortium {id: $p + 'h', name: '健康'})
                        CREATE (ic:Industry {code: $p + 'ic'}), (ie:Industry {code: $p + 'ie'})
                        WITH k, h, ic, ie
                        UNWIND range(1, 4) AS i
                        CREATE (c:Organization:College {id: $p + 'c' + i, name: '学院' + i})-[:OPERATES_IN]->(ic)
                        CREATE (e:Organization:Enterprise {id: $p + 'e' + i, name: '企业' + i})-[:OPERATES_IN]->(ie)
                        CREATE (c)-[:MEMBER_OF {role: 'MEMBER', since: date('2020-01-01')}]->(k)
                        CREATE (e)-[:MEMBER_OF {role: 'MEMBER', since: date('2020-01-01')}]->(k)
                        WITH DISTINCT k, h
                        CREATE (b:Organization:IndustryAssociation {id: $p + 'b', name: '协会'})
                        CREATE (b)-[:MEMBER_OF {role: 'COUNCIL', since: date('2020-01-01')}]->(k)
                        CREATE (x:Organization:ServiceAgency {id: $p + 'x', name: '退出'})
                        CREATE (x)-[:MEMBER_OF {role: 'MEMBER', since: date('2020-01-01'), until: date('2022-01-01'),
                                                exitReason: 'OTHER'}]->(k)
                        WITH b, x
                        MATCH (a:Organization), (z:Organization)
                        WHERE a.id STARTS WITH $p AND z.id STARTS WITH $p AND a.id < z.id
                          AND ((a.id STARTS WITH $p + 'c' AND z.id STARTS WITH $p + 'c')
                            OR (a.id STARTS WITH $p + 'e' AND z.id STARTS WITH $p + 'e')
                            OR (a = b AND z.id IN [$p + 'c1', $p + 'c2', $p + 'e1', $p + 'e2'])
                            OR (z = b AND a.id IN [$p + 'c1', $p + 'c2', $p + 'e1', $p + 'e2'])
                            OR a = x OR z = x)
                        CREATE (a)-[:COLLABORATES_WITH {kind: 'JOINT_TRAINING', since: 2020}]->(z)
                        """).withParameters(Map.of("p", p)).execute();
        driver.executableQuery("""
                        MATCH (h:Consortium {id: $p + 'h'})
                        CREATE (g:Organization:Government {id: $p + 'hg', name: '政府'})
                        CREATE (c:Organization:College {id: $p + 'hc', name: '学院'})
                        CREATE (e1:Organization:Enterprise {id: $p + 'he1', name: '企业一'})
                        CREATE (e2:Organization:Enterprise {id: $p + 'he2', name: '企业二'})
                        CREATE (g)-[:MEMBER_OF {role: 'CHAIR', since: date('2020-01-01')}]->(h)
                        CREATE (c)-[:MEMBER_OF {role: 'VICE_CHAIR', since: date('2020-01-01')}]->(h)
                        CREATE (e1)-[:MEMBER_OF {role: 'MEMBER', since: date('2020-01-01')}]->(h)
                        CREATE (e2)-[:MEMBER_OF {role: 'MEMBER', since: date('2020-01-01')}]->(h)
                        CREATE (g)-[:COLLABORATES_WITH {kind: 'JOINT_DEVELOPMENT', since: 2020}]->(c)
                        CREATE (c)-[:COLLABORATES_WITH {kind: 'JOINT_TRAINING', since: 2021}]->(e1)
                        CREATE (g)-[:COLLABORATES_WITH {kind: 'JOINT_DEVELOPMENT', since: 2024}]->(e1)
                        CREATE (c)-[:FUNDS {amount: 1000, year: 2021, channel: 'SERVICE_PURCHASE'}]->(e2)
                        CREATE (e2)-[:FUNDS {amount: 5000, year: 2022, channel: 'SOCIAL_CAPITAL'}]->(c)
                        """).withParameters(Map.of("p", p)).execute();
    }

    @AfterEach
    void remove() {
        driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH $p OR n.code STARTS WITH $p DETACH DELETE n")
                .withParameters(Map.of("p", p))
                .execute();
    }

    private String topId(List<CentralityScore> scores) {
        return scores.getFirst().organization().id();
    }

    @Test
    void thePlantedBridgeIsTheTopBrokerAndTheMostBetweenOrganization() {
        List<Broker> brokers = structure.brokers(p + "k", 20);
        assertThat(brokers.getFirst().organization().id()).isEqualTo(p + "b");
        assertThat(brokers.getFirst().brokeredPairs()).isEqualTo(4);
        assertThat(brokers.getFirst().bridges()).containsExactly(new Broker.Bridge("COLLEGE–ENTERPRISE", 4));
        assertThat(brokers.get(1).brokeredPairs()).isEqualTo(2);

        assertThat(topId(structure.centrality(CentralityMeasure.BETWEENNESS, p + "k", null, 3, false)))
                .isEqualTo(p + "b");
        assertThat(topId(structure.centrality(CentralityMeasure.BETWEENNESS, p + "k", null, 3, true)))
                .isEqualTo(p + "b");
    }

    private double cityDegree(String id) {
        return structure
                .centrality(
                        CentralityMeasure.DEGREE,
                        null,
                        List.of(OrganizationType.INDUSTRY_ASSOCIATION),
                        StructureAnalysis.MAX_FIRST,
                        false)
                .stream()
                .filter(s -> s.organization().id().equals(id))
                .findFirst()
                .orElseThrow()
                .score();
    }

    @Test
    void theKeptCityNetworkFollowsEveryWrite() {
        // b ties c1, c2, e1, e2 and the former member x
        assertThat(cityDegree(p + "b")).isEqualTo(5.0);
        assertThat(cityDegree(p + "b")).isEqualTo(5.0);
        driver.executableQuery("""
                        MATCH (b:Organization {id: $p + 'b'}), (g:Organization {id: $p + 'hg'})
                        CREATE (b)-[:SHARES_FACILITY {hours: 10, year: 2024}]->(g)
                        """).withParameters(Map.of("p", p)).execute();
        assertThat(cityDegree(p + "b")).isEqualTo(6.0);
    }

    @Test
    void degreeAndPageRankCoverTheCurrentMembersOnly() {
        List<CentralityScore> degree = structure.centrality(CentralityMeasure.DEGREE, p + "k", null, 100, false);
        assertThat(degree).hasSize(9).extracting(s -> s.organization().id()).doesNotContain(p + "x");
        Map<String, Double> byId =
                degree.stream().collect(Collectors.toMap(s -> s.organization().id(), CentralityScore::score));
        assertThat(byId)
                .containsEntry(p + "b", 4.0)
                .containsEntry(p + "c1", 4.0)
                .containsEntry(p + "c3", 3.0);
        List<CentralityScore> pageRank = structure.centrality(CentralityMeasure.PAGERANK, p + "k", null, 100, false);
        assertThat(pageRank.stream().mapToDouble(CentralityScore::score).sum()).isCloseTo(1.0, within(1e-6));
        assertThat(structure.centrality(
                        CentralityMeasure.DEGREE, p + "k", List.of(OrganizationType.ENTERPRISE), 100, false))
                .hasSize(4)
                .allSatisfy(s -> assertThat(s.organization().type()).isEqualTo(OrganizationType.ENTERPRISE));
        assertThatThrownBy(() -> structure.centrality(CentralityMeasure.DEGREE, null, null, 0, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void communitiesSeparateTheTwoCliquesWithTheirIndustries() {
        List<Community> communities = structure.communities(p + "k");
        Set<String> colleges = Set.of(p + "c1", p + "c2", p + "c3", p + "c4");
        Set<String> enterprises = Set.of(p + "e1", p + "e2", p + "e3", p + "e4");
        Community collegeSide = communities.stream()
                .filter(c -> ids(c).containsAll(colleges))
                .findFirst()
                .orElseThrow();
        Community enterpriseSide = communities.stream()
                .filter(c -> ids(c).containsAll(enterprises))
                .findFirst()
                .orElseThrow();
        assertThat(collegeSide).isNotEqualTo(enterpriseSide);
        assertThat(collegeSide.dominantIndustries().getFirst()).isEqualTo(p + "ic");
        assertThat(enterpriseSide.dominantIndustries().getFirst()).isEqualTo(p + "ie");
    }

    private static Set<String> ids(Community community) {
        return community.members().stream().map(OrganizationBrief::id).collect(Collectors.toSet());
    }

    @Test
    void healthFiguresFollowMembershipAndTies() {
        HealthReport y2022 = health.consortiumHealth(p + "h", 2022);
        assertThat(y2022.members()).isEqualTo(4);
        assertThat(y2022.membersByType())
                .containsExactly(
                        new HealthReport.Count("COLLEGE", 1),
                        new HealthReport.Count("ENTERPRISE", 2),
                        new HealthReport.Count("GOVERNMENT", 1));
        assertThat(y2022.membersByRole())
                .contains(new HealthReport.Count("CHAIR", 1), new HealthReport.Count("MEMBER", 2));
        assertThat(y2022.ties()).isEqualTo(3);
        assertThat(y2022.density()).isCloseTo(0.5, within(1e-12));
        assertThat(y2022.isolatedShare()).isZero();
        assertThat(y2022.crossTypeShare()).isCloseTo(1.0, within(1e-12));
        assertThat(y2022.tripleHelix().governmentCollege()).isEqualTo(1);
        assertThat(y2022.tripleHelix().governmentEnterprise()).isZero();
        assertThat(y2022.tripleHelix().collegeEnterprise()).isEqualTo(2);
        assertThat(y2022.flows())
                .containsExactly(
                        new HealthReport.FlowVolume("FUNDING", 2021, 1000),
                        new HealthReport.FlowVolume("FUNDING", 2022, 5000));
        HealthReport y2020 = health.consortiumHealth(p + "h", 2020);
        assertThat(y2020.ties()).isEqualTo(1);
        assertThat(y2020.isolatedShare()).isCloseTo(0.5, within(1e-12));
        assertThatThrownBy(() -> health.consortiumHealth("no-such-consortium", 2022))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No consortium with id");
    }

    @Test
    void aMemberExitChangesTheFiguresOfTheExitYearAndLaterOnly() {
        List<Integer> years = List.of(2021, 2022, 2023, 2024);
        List<HealthReport> before =
                years.stream().map(y -> health.consortiumHealth(p + "h", y)).toList();

        driver.executableQuery("""
                        MATCH (:Organization {id: $p + 'he2'})-[m:MEMBER_OF]->(:Consortium {id: $p + 'h'})
                        SET m.until = date('2023-06-30'), m.exitReason = 'TERM_EXPIRED'
                        """).withParameters(Map.of("p", p)).execute();
        List<HealthReport> after =
                years.stream().map(y -> health.consortiumHealth(p + "h", y)).toList();

        // every figure of the years before the exit stays the same, the history of joins and exits included
        assertThat(after.subList(0, 2)).isEqualTo(before.subList(0, 2));
        assertThat(after.get(2).members()).isEqualTo(3).isLessThan(before.get(2).members());
        assertThat(after.get(3).members()).isEqualTo(3);
        assertThat(after.get(3).ties()).isEqualTo(before.get(3).ties() - 1);
        assertThat(after.get(3).tripleHelix().collegeEnterprise()).isEqualTo(1);
        assertThat(after.get(3).membershipChanges()).contains(new HealthReport.MembershipChange(2023, 0, 1));
        // the flows e2 sent while a member still count in their years
        assertThat(after.get(3).flows()).contains(new HealthReport.FlowVolume("FUNDING", 2022, 5000));
    }
}
