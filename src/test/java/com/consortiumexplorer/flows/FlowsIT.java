package com.consortiumexplorer.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.consortiumexplorer.ExplorerIntegrationTest;
import com.consortiumexplorer.graph.EmbeddedNeo4j;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Resource flows, talent balance and chain alignment on a small consortium of their own and on the demo city. */
@ExplorerIntegrationTest
class FlowsIT {

    @Autowired
    ResourceFlows flows;

    @Autowired
    ChainAnalysis chains;

    @Autowired
    Driver driver;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    EmbeddedNeo4j embedded;

    private final String p = "t-flow-" + UUID.randomUUID() + "-";

    @BeforeEach
    void plant() {
        // c (college) and e (enterprise) fund each other in 2022; g (government) funds c and a program;
        // x left the consortium at the end of 2022, so its 2023 flow is outside the consortium's flows.
        driver.executableQuery("""
                        CREATE (k:Consortium {id: $p + 'k', name: '联合体'})
                        CREATE (c:Organization:College {id: $p + 'c', name: '学院'})
                        CREATE (e:Organization:Enterprise {id: $p + 'e', name: '企业'})
                        CREATE (g:Organization:Government {id: $p + 'g', name: '政府'})
                        CREATE (x:Organization:Enterprise {id: $p + 'x', name: '退出'})
                        CREATE (o:Organization:Enterprise {id: $p + 'o', name: '外部'})
                        CREATE (prog:Program {id: $p + 'prog', name: '订单班'})
                        CREATE (m1:Major {code: $p + 'm1', name: '专业一'}), (m2:Major {code: $p + 'm2', name: '专业二'})
                        CREATE (i1:Industry {code: $p + 'i1', name: '行业一'}), (i2:Industry {code: $p + 'i2', name: '行业二'})
                        CREATE (m1)-[:SERVES]->(i1), (m2)-[:SERVES]->(i2)
                        CREATE (e)-[:OPERATES_IN]->(i1), (x)-[:OPERATES_IN]->(i2)
                        CREATE (c)-[:OFFERS {annualIntake: 80}]->(m1)
                        CREATE (e)-[:DEMANDS {headcount: 30, year: 2025}]->(m1)
                        CREATE (e)-[:DEMANDS {headcount: 99, year: 2024}]->(m1)
                        CREATE (e)-[:DEMANDS {headcount: 12, year: 2025}]->(m2)
                        CREATE (o)-[:DEMANDS {headcount: 500, year: 2025}]->(m1)
                        FOREACH (m IN [c, e, g] | CREATE (m)-[:MEMBER_OF {role: 'MEMBER', since: date('2020-01-01')}]->(k))
                        CREATE (x)-[:MEMBER_OF {role: 'MEMBER', since: date('2020-01-01'), until: date('2022-12-31'),
                                                exitReason: 'TERM_EXPIRED'}]->(k)
                        CREATE (c)-[:FUNDS {amount: 100000, year: 2022, channel: 'SERVICE_PURCHASE'}]->(e)
                        CREATE (e)-[:FUNDS {amount: 250000, year: 2022, channel: 'SOCIAL_CAPITAL'}]->(c)
                        CREATE (e)-[:FUNDS {amount: 50000, year: 2023, channel: 'SOCIAL_CAPITAL'}]->(c)
                        CREATE (g)-[:FUNDS {amount: 1000000, year: 2023, channel: 'GRANT'}]->(c)
                        CREATE (g)-[:FUNDS {amount: 300000, year: 2024, channel: 'GRANT'}]->(prog)
                        CREATE (x)-[:FUNDS {amount: 70000, year: 2022, channel: 'SOCIAL_CAPITAL'}]->(c)
                        CREATE (x)-[:FUNDS {amount: 90000, year: 2023, channel: 'SOCIAL_CAPITAL'}]->(c)
                        CREATE (o)-[:FUNDS {amount: 5000, year: 2023, channel: 'SOCIAL_CAPITAL'}]->(c)
                        CREATE (c)-[:SUPPLIES_TALENT {graduates: 25, year: 2025, majorCode: $p + 'm1'}]->(e)
                        CREATE (c)-[:SUPPLIES_TALENT {graduates: 11, year: 2023, majorCode: $p + 'm1'}]->(e)
                        CREATE (c)-[:SHARES_FACILITY {facility: '实训室', hours: 120, year: 2023}]->(e)
                        CREATE (e)-[:TRANSFERS_TECHNOLOGY {title: '工艺', value: 400000, year: 2024}]->(c)
                        """).withParameters(Map.of("p", p)).execute();
    }

    @AfterEach
    void remove() {
        driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH $p OR n.code STARTS WITH $p DETACH DELETE n")
                .withParameters(Map.of("p", p))
                .execute();
    }

    /** Nodes by layer, then id; links by kind, largest first, then sender and receiver id. */
    private static void assertInAnswerOrder(FlowSummary summary) {
        assertThat(summary.nodes())
                .isSortedAccordingTo(
                        Comparator.comparingInt(FlowSummary.Node::layer).thenComparing(FlowSummary.Node::id));
        assertThat(summary.links())
                .isSortedAccordingTo(Comparator.comparing(FlowSummary.Link::kind)
                        .thenComparing(Comparator.comparingLong(FlowSummary.Link::value)
                                .reversed())
                        .thenComparing(FlowSummary.Link::source)
                        .thenComparing(FlowSummary.Link::target));
    }

    private static Map<FlowKind, Long> linkSums(FlowSummary summary) {
        return summary.links().stream()
                .collect(
                        Collectors.groupingBy(FlowSummary.Link::kind, Collectors.summingLong(FlowSummary.Link::value)));
    }

    private static Map<FlowKind, Long> totalSums(FlowSummary summary) {
        return summary.totals().stream()
                .collect(Collectors.groupingBy(
                        FlowSummary.Total::kind, Collectors.summingLong(FlowSummary.Total::value)));
    }

    @Test
    void consortiumFlowsSumCorrectlyInEveryGroupingAndStayAcyclic() {
        String k = p + "k";
        FlowSummary byOrganization = flows.resourceFlows(null, k, null, null, FlowGrouping.ORGANIZATION);
        FlowSummary byType = flows.resourceFlows(null, k, null, null, FlowGrouping.TYPE);

        // members' funding only: 100k + 250k + 50k + 1m + 300k + x's 70k while a member; not x 2023, not o
        Map<FlowKind, Long> expected = Map.of(
                FlowKind.FUNDING,
                1_770_000L,
                FlowKind.TALENT,
                36L,
                FlowKind.FACILITY,
                120L,
                FlowKind.TECHNOLOGY,
                400_000L);
        assertThat(linkSums(byOrganization)).isEqualTo(expected);
        assertThat(linkSums(byType)).isEqualTo(expected);
        assertThat(totalSums(byOrganization)).isEqualTo(expected);
        assertThat(byOrganization.totals())
                .contains(
                        new FlowSummary.Total(FlowKind.FUNDING, 2022, 420_000),
                        new FlowSummary.Total(FlowKind.FUNDING, 2023, 1_050_000),
                        new FlowSummary.Total(FlowKind.FUNDING, 2024, 300_000));

        for (FlowSummary summary : List.of(byOrganization, byType)) {
            assertInAnswerOrder(summary);
            Map<String, Integer> layers =
                    summary.nodes().stream().collect(Collectors.toMap(FlowSummary.Node::id, FlowSummary.Node::layer));
            assertThat(summary.links()).allSatisfy(link -> {
                assertThat(layers.get(link.source())).isZero();
                assertThat(layers.get(link.target())).isOne();
            });
        }
        // c funds e and e funds c in 2022: two links between distinct nodes, no cycle
        assertThat(byOrganization.links())
                .contains(
                        new FlowSummary.Link("out:" + p + "c", "in:" + p + "e", FlowKind.FUNDING, 100_000),
                        new FlowSummary.Link("out:" + p + "e", "in:" + p + "c", FlowKind.FUNDING, 300_000));
        assertThat(byType.links())
                .contains(
                        new FlowSummary.Link("out:GOVERNMENT", "in:COLLEGE", FlowKind.FUNDING, 1_000_000),
                        new FlowSummary.Link("out:GOVERNMENT", "in:PROGRAM", FlowKind.FUNDING, 300_000),
                        new FlowSummary.Link("out:ENTERPRISE", "in:COLLEGE", FlowKind.FUNDING, 370_000));
        assertThat(byOrganization.topFlows().getFirst().value()).isEqualTo(1_000_000);
        assertThat(byOrganization.topFlows().getFirst().source().key()).isEqualTo(p + "g");
    }

    @Test
    void yearsAndKindsFilterTheSameWay() {
        FlowSummary funding2023 =
                flows.resourceFlows(List.of(FlowKind.FUNDING), p + "k", 2023, 2023, FlowGrouping.TYPE);
        assertThat(funding2023.totals()).containsExactly(new FlowSummary.Total(FlowKind.FUNDING, 2023, 1_050_000));
        assertThat(funding2023.links()).extracting(FlowSummary.Link::kind).containsOnly(FlowKind.FUNDING);
        // the flows are kept in memory per database state: a write with plain Cypher shows in the next answer
        driver.executableQuery("""
                        MATCH (g:Organization {id: $p + 'g'}), (c:Organization {id: $p + 'c'})
                        CREATE (g)-[:FUNDS {amount: 7, year: 2023, channel: 'GRANT'}]->(c)
                        """).withParameters(Map.of("p", p)).execute();
        assertThat(flows.resourceFlows(List.of(FlowKind.FUNDING), p + "k", 2023, 2023, FlowGrouping.TYPE)
                        .totals())
                .containsExactly(new FlowSummary.Total(FlowKind.FUNDING, 2023, 1_050_007));
        assertThatThrownBy(() -> flows.resourceFlows(null, null, 2025, 2020, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is after toYear");
    }

    @Test
    void onTheDemoCityTotalsEqualPlainCypherSums() {
        for (String consortium : new String[] {null, "cons-battery"}) {
            FlowSummary all = flows.resourceFlows(null, consortium, 2019, 2025, FlowGrouping.ORGANIZATION);
            FlowSummary types = flows.resourceFlows(null, consortium, 2019, 2025, FlowGrouping.TYPE);
            assertInAnswerOrder(all);
            assertInAnswerOrder(types);
            for (FlowKind kind : FlowKind.values()) {
                Map<String, Object> parameters = new HashMap<>();
                parameters.put("k", consortium);
                long plain = driver.executableQuery("""
                                MATCH (a:Organization)-[f:%s]->()
                                WHERE f.year >= 2019 AND f.year <= 2025 AND ($k IS NULL OR EXISTS {
                                    MATCH (a)-[m:MEMBER_OF]->(:Consortium {id: $k})
                                    WHERE m.since.year <= f.year AND (m.until IS NULL OR m.until.year >= f.year) })
                                RETURN sum(f.%s) AS total
                                """.formatted(kind.relationship(), kind.volume()))
                        .withParameters(parameters)
                        .execute()
                        .records()
                        .getFirst()
                        .get("total")
                        .asLong();
                assertThat(plain).as("%s in %s", kind, consortium).isPositive();
                assertThat(linkSums(all).get(kind)).isEqualTo(plain);
                assertThat(linkSums(types).get(kind)).isEqualTo(plain);
                assertThat(totalSums(all).get(kind)).isEqualTo(plain);
            }
        }
    }

    @Test
    void everyLinkTotalAndTopFlowOfTheCityEqualsPlainCypherAfterAWrite() {
        // the table read after start, then a write: the answer must show it (one more pair, and the largest
        // technology transfer of the city)
        flows.warmUp();
        driver.executableQuery("""
                        MATCH (o:Organization {id: $p + 'o'}), (e:Organization {id: $p + 'e'})
                        CREATE (o)-[:TRANSFERS_TECHNOLOGY {title: '新工艺', value: 9000000000, year: 2021}]->(e)
                        """).withParameters(Map.of("p", p)).execute();
        FlowSummary all = flows.resourceFlows(null, null, null, null, FlowGrouping.ORGANIZATION);
        Map<String, Long> links = new HashMap<>();
        Map<String, Long> totals = new HashMap<>();
        List<String> top = new java.util.ArrayList<>();
        for (FlowKind kind : FlowKind.values()) {
            var records = driver.executableQuery("""
                            MATCH (a:Organization)-[f:%s]->(b)
                            WHERE f.year IS NOT NULL AND a.id IS NOT NULL
                              AND (b:Organization OR b:Program OR b:Project) AND b.id IS NOT NULL
                            RETURN a.id AS source, b.id AS target, f.year AS year, coalesce(f.%s, 0) AS value
                            """.formatted(kind.relationship(), kind.volume()))
                    .execute()
                    .records();
            Map<String, Long> pairs = new HashMap<>();
            records.forEach(r -> {
                long value = r.get("value").asLong();
                // the separator sorts before any character: pairs sort by sender, then receiver
                pairs.merge(
                        r.get("source").asString() + "\u0000" + r.get("target").asString(), value, Long::sum);
                totals.merge(kind + " " + r.get("year").asInt(), value, Long::sum);
            });
            pairs.forEach((pair, value) -> links.put(kind + " " + pair.replace('\u0000', '>'), value));
            pairs.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(ResourceFlows.TOP_FLOWS)
                    .forEach(e -> top.add(kind + " " + e.getKey().replace('\u0000', '>') + " " + e.getValue()));
        }
        assertThat(links).containsEntry(FlowKind.TECHNOLOGY + " " + p + "o>" + p + "e", 9_000_000_000L);
        assertThat(all.links().stream()
                        .collect(Collectors.toMap(
                                l -> l.kind() + " " + l.source().substring(4) + ">"
                                        + l.target().substring(3),
                                FlowSummary.Link::value)))
                .isEqualTo(links);
        assertThat(all.totals().stream()
                        .collect(Collectors.toMap(t -> t.kind() + " " + t.year(), FlowSummary.Total::value)))
                .isEqualTo(totals);
        assertThat(all.totals())
                .isSortedAccordingTo(
                        Comparator.comparing(FlowSummary.Total::kind).thenComparingInt(FlowSummary.Total::year));
        assertThat(all.topFlows())
                .extracting(t ->
                        t.kind() + " " + t.source().key() + ">" + t.target().key() + " " + t.value())
                .isEqualTo(top)
                .contains(FlowKind.TECHNOLOGY + " " + p + "o>" + p + "e 9000000000");
        assertInAnswerOrder(all);
        // every node is the end of a link, in its layer, once
        assertThat(all.nodes())
                .extracting(FlowSummary.Node::id)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(all.links().stream()
                        .flatMap(l -> java.util.stream.Stream.of(l.source(), l.target()))
                        .distinct()
                        .toList());
    }

    @Test
    void theEngineReadsTheSameTableAsThePlainQueries() {
        // what neither reading may count: a flow without a year, one sent by a program, one to a node that is no
        // party (a major) or to a party without an id; a member who left and joined again keeps both spans
        driver.executableQuery("""
                        MATCH (c:Organization {id: $p + 'c'}), (e:Organization {id: $p + 'e'}), (k:Consortium {id: $p + 'k'})
                        MATCH (prog:Program {id: $p + 'prog'}), (m:Major {code: $p + 'm1'})
                        CREATE (c)-[:FUNDS {amount: 3}]->(e)
                        CREATE (prog)-[:FUNDS {amount: 5, year: 2023}]->(c)
                        CREATE (c)-[:FUNDS {amount: 9, year: 2023}]->(m)
                        CREATE (c)-[:SHARES_FACILITY {hours: 2, year: 2023}]->(:Organization:Enterprise {name: '无编号'})
                        CREATE (c)-[:TRANSFERS_TECHNOLOGY {year: 2021}]->(e)
                        CREATE (e)-[:MEMBER_OF {role: 'MEMBER', since: date('2010-03-01'), until: date('2012-06-30')}]->(k)
                        """).withParameters(Map.of("p", p)).execute();
        try {
            FlowTable engine = FlowTable.load(neo4j, embedded);
            FlowTable queries = FlowTable.load(neo4j, null);

            assertThat(rows(engine))
                    .isEqualTo(rows(queries))
                    .anyMatch(row -> row.endsWith("|" + p + "c>" + p + "e TECHNOLOGY 2021 0"));
            assertThat(rows(engine))
                    .noneMatch(row -> row.contains("|" + p + "prog>") || row.contains("无编号"))
                    .filteredOn(row -> row.contains("|" + p + "c>"))
                    .hasSize(5);
            assertThat(spans(engine, p + "k")).isEqualTo(spans(queries, p + "k"));
            assertThat(spans(engine, p + "k"))
                    .contains(p + "e [2010, 2012, 2020, " + Integer.MAX_VALUE + "]", p + "x [2020, 2022]");
            assertThat(spans(engine, "cons-battery")).isNotEmpty().isEqualTo(spans(queries, "cons-battery"));
        } finally {
            driver.executableQuery("MATCH (n:Enterprise {name: '无编号'}) WHERE n.id IS NULL DETACH DELETE n")
                    .execute();
        }
    }

    /** Every flow as text, sender and receiver by key with their names and types, sorted. */
    private static List<String> rows(FlowTable table) {
        List<String> rows = new java.util.ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            int from = table.source[r];
            int to = table.target[r];
            rows.add(String.join(
                    "|",
                    table.names[from],
                    table.namesEn[from],
                    table.types[from],
                    table.names[to],
                    table.namesEn[to],
                    table.types[to],
                    table.keys[from] + ">" + table.keys[to] + " " + FlowKind.values()[table.kind[r]] + " "
                            + table.year[r] + " " + table.value[r]));
        }
        return rows.stream().sorted().toList();
    }

    /** The member spans of a consortium as "key [since, until, ...]" with the spans sorted. */
    private static TreeSet<String> spans(FlowTable table, String consortium) {
        TreeSet<String> spans = new TreeSet<>();
        table.members(consortium).forEach((party, years) -> {
            List<String> pairs = new java.util.ArrayList<>();
            for (int i = 0; i < years.length; i += 2) {
                pairs.add(years[i] + ", " + years[i + 1]);
            }
            spans.add(table.keys[party] + " ["
                    + String.join(", ", pairs.stream().sorted().toList()) + "]");
        });
        return spans;
    }

    @Test
    void talentBalanceComparesMembersSupplyWithDemandOfTheYear() {
        TalentBalance balance = chains.talentBalance(p + "k", 2025);
        assertThat(balance.year()).isEqualTo(2025);
        TalentBalance.Major m1 = balance.majors().stream()
                .filter(m -> m.code().equals(p + "m1"))
                .findFirst()
                .orElseThrow();
        assertThat(m1.intake()).isEqualTo(80);
        assertThat(m1.graduates()).isEqualTo(25);
        assertThat(m1.demand()).isEqualTo(30);
        assertThat(m1.gap()).isEqualTo(50);
        assertThat(m1.ratio()).isCloseTo(80.0 / 30, within(1e-9));
        assertThat(m1.colleges()).containsExactly(p + "c");
        assertThat(m1.enterprises()).containsExactly(p + "e");
        TalentBalance.Major m2 = balance.majors().stream()
                .filter(m -> m.code().equals(p + "m2"))
                .findFirst()
                .orElseThrow();
        assertThat(m2.intake()).isZero();
        assertThat(m2.gap()).isEqualTo(-12);

        TalentBalance city = chains.talentBalance(null, 2025);
        assertThat(city.majors())
                .filteredOn(m -> m.code().equals(p + "m1"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.demand()).isEqualTo(530);
                    assertThat(m.enterprises()).containsExactlyInAnyOrder(p + "e", p + "o");
                });
    }

    @Test
    void chainAlignmentFlagsIndustriesWhereDemandAndSupplyDoNotMeet() {
        ChainAlignment alignment = chains.chainAlignment(p + "k");
        Map<String, ChainAlignment.Industry> byCode =
                alignment.industries().stream().collect(Collectors.toMap(ChainAlignment.Industry::code, i -> i));
        ChainAlignment.Industry i1 = byCode.get(p + "i1");
        assertThat(i1.flag()).isEqualTo(ChainAlignment.Flag.ALIGNED);
        assertThat(i1.supply()).isEqualTo(80);
        assertThat(i1.demand()).isEqualTo(alignment.year() == 2025 ? 30 : 0);
        assertThat(i1.enterprises()).containsExactly(p + "e");
        assertThat(i1.majors()).containsExactly(p + "m1");
        assertThat(byCode.get(p + "i2").flag()).isEqualTo(ChainAlignment.Flag.DEMAND_WITHOUT_SUPPLY);
        assertThat(byCode.get(p + "i2").enterprises()).isEmpty();

        ChainAlignment demo = chains.chainAlignment(null);
        Map<String, ChainAlignment.Flag> flags = demo.industries().stream()
                .collect(Collectors.toMap(ChainAlignment.Industry::code, ChainAlignment.Industry::flag));
        assertThat(flags)
                .containsEntry("C3825", ChainAlignment.Flag.DEMAND_WITHOUT_SUPPLY)
                .containsEntry("L7271", ChainAlignment.Flag.SUPPLY_WITHOUT_DEMAND)
                .containsEntry("C3841", ChainAlignment.Flag.ALIGNED);
        assertThat(demo.industries().getFirst().flag()).isNotEqualTo(ChainAlignment.Flag.ALIGNED);
    }
}
