package com.consortiumexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jTemplate;

/**
 * Saves every entity and relationship type of the graph model through Spring Data Neo4j, then checks what
 * reached the database with plain Cypher and what comes back through the mapping. Run against the embedded
 * engine and, where Docker exists, against a Neo4j server container.
 */
abstract class MappingRoundTrip {

    @Autowired
    Neo4jTemplate template;

    @Autowired
    OrganizationRepository organizations;

    @Autowired
    Driver driver;

    private String p;

    @BeforeEach
    void prefix() {
        p = "rt-" + UUID.randomUUID() + "-";
    }

    @AfterEach
    void cleanUp() {
        cypher("""
                MATCH (n) WHERE n.id STARTS WITH $p OR n.code STARTS WITH $p
                DETACH DELETE n
                """, Map.of("p", p));
    }

    private List<Record> cypher(String query, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(query, parameters).list();
        }
    }

    private Record one(String query) {
        return cypher(query, Map.of("p", p)).getFirst();
    }

    /** Builds a small city that uses every node and relationship type, and saves it. */
    private College saveSmallCity() {
        Industry battery = new Industry(p + "C3841", "锂离子电池制造", "Lithium-ion battery manufacturing");
        Major major = new Major(p + "460702", "新能源汽车技术", "New energy vehicle technology");
        major.getServedIndustries().add(battery);
        Consortium consortium = new Consortium(p + "cons", "动力电池联合体", ConsortiumStatus.ACTIVE);
        consortium.setEstablished(LocalDate.of(2021, 6, 18));
        consortium.setCity("宜宾市");
        Program program = new Program(p + "prog", "电池订单班", ProgramKind.ORDER_CLASS);
        program.setStartYear(2022);
        program.setEndYear(2025);
        program.setCapacity(40);
        Project project = new Project(p + "proj", "电池实训基地", ProjectKind.TRAINING_BASE, ProjectStatus.ACTIVE);
        project.setStart(LocalDate.of(2023, 3, 1));
        project.setBudget(12_000_000L);

        Government government = new Government(p + "gov", "宜宾市人民政府", GovernmentLevel.CITY);
        Policy policy = new Policy(p + "pol", "产教融合实施方案", LocalDate.of(2021, 3, 1), PolicyLevel.CITY);
        policy.getSupportedConsortia().add(consortium);
        policy.getSupportedPrograms().add(program);
        policy.getSupportedProjects().add(project);
        government.getPolicies().add(policy);

        Enterprise enterprise = new Enterprise(p + "ent", "锂源动力电池", EnterpriseSize.LARGE);
        enterprise.setLeading(true);
        enterprise.setOwnership(Ownership.PRIVATE);
        enterprise.setCity("宜宾市");
        enterprise.getDemands().add(new MajorDemand(major, 120, 2024));
        enterprise.getIndustries().add(battery);
        ResearchInstitute institute = new ResearchInstitute(p + "ri", "电池研究院", "储能材料");
        IndustryAssociation association = new IndustryAssociation(p + "ia", "电池行业协会");
        ServiceAgency agency = new ServiceAgency(p + "sa", "科技金融服务中心", AgencyService.FINANCE);
        institute.getTechnologyTransfers().add(new TechnologyTransfer(enterprise, "高镍正极工艺", 3_000_000L, 2023));
        agency.getOrganizationFundings()
                .add(new OrganizationFunding(enterprise, 5_000_000L, 2024, FundingChannel.LOAN));
        association.getMemberships().add(new Membership(consortium, MemberRole.MEMBER, LocalDate.of(2021, 6, 18)));
        government.getMemberships().add(new Membership(consortium, MemberRole.CHAIR, LocalDate.of(2021, 6, 18)));
        government.getProgramFundings().add(new ProgramFunding(program, 800_000L, 2023, FundingChannel.GRANT));
        government.getProjectFundings().add(new ProjectFunding(project, 4_000_000L, 2023, FundingChannel.GRANT));

        College college = new College(p + "col", "宜宾职业技术学院", CollegeKind.HIGHER_VOCATIONAL);
        college.setNameEn("Yibin Vocational and Technical College");
        college.setCity("宜宾市");
        college.setRegionCode("511502");
        college.setFounded(1999);
        college.getOffers().add(new MajorOffer(major, 150));
        college.getTalentSupplies().add(new TalentSupply(enterprise, 35, 2024, major.getCode()));
        college.getCollaborations().add(new Collaboration(enterprise, CooperationKind.JOINT_TRAINING, 2022));
        college.getMemberships().add(new Membership(consortium, MemberRole.VICE_CHAIR, LocalDate.of(2021, 6, 18)));
        college.getProgramParticipations().add(new ProgramParticipation(program, ParticipationRole.LEAD));
        college.getProjectParticipations().add(new ProjectParticipation(project, ParticipationRole.HOST));
        college.getFacilitySharings().add(new FacilitySharing(enterprise, "电池实训车间", 600, 2024));
        college.getIndustries().add(battery);

        template.saveAll(List.of(government, institute, association, agency));
        return organizations.save(college);
    }

    @Test
    void everyNodeTypeIsStoredWithItsLabelsAndProperties() {
        saveSmallCity();

        Record college = one("MATCH (c {id: $p + 'col'}) RETURN labels(c) AS labels, c AS c");
        assertThat(college.get("labels").asList()).containsExactlyInAnyOrder("Organization", "College");
        assertThat(college.get("c").get("kind").asString()).isEqualTo("HIGHER_VOCATIONAL");
        assertThat(college.get("c").get("nameEn").asString()).isEqualTo("Yibin Vocational and Technical College");
        assertThat(college.get("c").get("founded").asInt()).isEqualTo(1999);
        assertThat(college.get("c").get("version").asLong()).isZero();

        Record labels = one("""
                MATCH (n) WHERE n.id STARTS WITH $p OR n.code STARTS WITH $p
                WITH n, [l IN labels(n) WHERE l <> 'Organization'][0] AS label
                RETURN collect(label) AS labels
                """);
        assertThat(labels.get("labels").asList())
                .containsExactlyInAnyOrder(
                        "College",
                        "Enterprise",
                        "Government",
                        "ResearchInstitute",
                        "IndustryAssociation",
                        "ServiceAgency",
                        "Consortium",
                        "Program",
                        "Project",
                        "Policy",
                        "Industry",
                        "Major");

        Record typed = one("""
                MATCH (k:Consortium {id: $p + 'cons'}), (j:Project {id: $p + 'proj'}), (e:Enterprise {id: $p + 'ent'})
                RETURN k.established AS established, k.status AS status, j.start AS start, j.budget AS budget,
                       e.leading AS leading, e.size AS size
                """);
        assertThat(typed.get("established").asLocalDate()).isEqualTo(LocalDate.of(2021, 6, 18));
        assertThat(typed.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(typed.get("start").asLocalDate()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(typed.get("budget").asLong()).isEqualTo(12_000_000L);
        assertThat(typed.get("leading").asBoolean()).isTrue();
        assertThat(typed.get("size").asString()).isEqualTo("LARGE");
    }

    @Test
    void everyRelationshipTypeIsStoredWithItsProperties() {
        saveSmallCity();

        Map<String, Object> counts = one("""
                        MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $p OR a.code STARTS WITH $p
                        WITH type(r) AS type, count(*) AS n ORDER BY type
                        RETURN collect([type, n]) AS counts
                        """).get("counts").asList(v -> v.asList()).stream()
                .collect(java.util.stream.Collectors.toMap(l -> (String) l.get(0), l -> l.get(1)));
        assertThat(counts)
                .containsEntry("MEMBER_OF", 3L)
                .containsEntry("PARTICIPATES_IN", 2L)
                .containsEntry("COLLABORATES_WITH", 1L)
                .containsEntry("FUNDS", 3L)
                .containsEntry("SUPPLIES_TALENT", 1L)
                .containsEntry("TRANSFERS_TECHNOLOGY", 1L)
                .containsEntry("SHARES_FACILITY", 1L)
                .containsEntry("OFFERS", 1L)
                .containsEntry("DEMANDS", 1L)
                .containsEntry("SERVES", 1L)
                .containsEntry("OPERATES_IN", 2L)
                .containsEntry("ISSUES", 1L)
                .containsEntry("SUPPORTS", 3L)
                .hasSize(13);

        Record flows = one("""
                MATCH (:College {id: $p + 'col'})-[t:SUPPLIES_TALENT]->(:Enterprise {id: $p + 'ent'})
                MATCH (:ServiceAgency {id: $p + 'sa'})-[f:FUNDS]->(:Enterprise {id: $p + 'ent'})
                MATCH (:Government {id: $p + 'gov'})-[g:FUNDS]->(:Project {id: $p + 'proj'})
                MATCH (:ResearchInstitute {id: $p + 'ri'})-[x:TRANSFERS_TECHNOLOGY]->(:Enterprise)
                MATCH (:College {id: $p + 'col'})-[s:SHARES_FACILITY]->(:Enterprise)
                MATCH (:College {id: $p + 'col'})-[m:MEMBER_OF]->(:Consortium)
                MATCH (:Enterprise {id: $p + 'ent'})-[d:DEMANDS]->(:Major)
                MATCH (:College {id: $p + 'col'})-[o:OFFERS]->(:Major)
                MATCH (:College {id: $p + 'col'})-[c:COLLABORATES_WITH]->(:Enterprise)
                MATCH (:College {id: $p + 'col'})-[pp:PARTICIPATES_IN]->(:Program)
                RETURN t, f, g, x, s, m, d, o, c, pp
                """);
        assertThat(flows.get("t").get("graduates").asInt()).isEqualTo(35);
        assertThat(flows.get("t").get("majorCode").asString()).isEqualTo(p + "460702");
        assertThat(flows.get("f").get("amount").asLong()).isEqualTo(5_000_000L);
        assertThat(flows.get("f").get("channel").asString()).isEqualTo("LOAN");
        assertThat(flows.get("g").get("year").asInt()).isEqualTo(2023);
        assertThat(flows.get("x").get("title").asString()).isEqualTo("高镍正极工艺");
        assertThat(flows.get("s").get("hours").asInt()).isEqualTo(600);
        assertThat(flows.get("m").get("role").asString()).isEqualTo("VICE_CHAIR");
        assertThat(flows.get("m").get("since").asLocalDate()).isEqualTo(LocalDate.of(2021, 6, 18));
        assertThat(flows.get("d").get("headcount").asInt()).isEqualTo(120);
        assertThat(flows.get("o").get("annualIntake").asInt()).isEqualTo(150);
        assertThat(flows.get("c").get("kind").asString()).isEqualTo("JOINT_TRAINING");
        assertThat(flows.get("pp").get("role").asString()).isEqualTo("LEAD");
    }

    @Test
    void entitiesComeBackThroughTheMapping() {
        saveSmallCity();

        College college = (College) organizations.findById(p + "col").orElseThrow();
        assertThat(college.type()).isEqualTo(OrganizationType.COLLEGE);
        assertThat(college.getOffers()).singleElement().satisfies(o -> {
            assertThat(o.getAnnualIntake()).isEqualTo(150);
            assertThat(o.getMajor().getServedIndustries())
                    .extracting(Industry::getName)
                    .containsExactly("锂离子电池制造");
        });
        assertThat(college.getCollaborations()).singleElement().satisfies(c -> {
            assertThat(c.getPartner()).isInstanceOf(Enterprise.class);
            assertThat(((Enterprise) c.getPartner()).getDemands())
                    .singleElement()
                    .extracting(MajorDemand::getYear)
                    .isEqualTo(2024);
        });
        assertThat(college.getProjectParticipations())
                .singleElement()
                .satisfies(pp -> assertThat(pp.getProject().getBudget()).isEqualTo(12_000_000L));
        Government government = template.findById(p + "gov", Government.class).orElseThrow();
        assertThat(government.getProgramFundings())
                .singleElement()
                .satisfies(f -> assertThat(f.getAmount()).isEqualTo(800_000L));
        assertThat(government.getPolicies()).singleElement().satisfies(pol -> {
            assertThat(pol.getSupportedConsortia()).hasSize(1);
            assertThat(pol.getSupportedPrograms()).hasSize(1);
            assertThat(pol.getSupportedProjects()).hasSize(1);
        });
        assertThat(organizations.findByCityOrderById("宜宾市"))
                .extracting(Organization::getId)
                .contains(p + "col", p + "ent");
    }

    @Test
    void anExitKeepsTheMembershipAsHistory() {
        College college = saveSmallCity();
        college.getMemberships().getFirst().exit(LocalDate.of(2024, 12, 31), ExitReason.TERM_EXPIRED);
        organizations.save(college);

        Record membership = one("""
                MATCH (:College {id: $p + 'col'})-[m:MEMBER_OF]->(k:Consortium)
                RETURN count(m) AS n, m.until AS until, m.exitReason AS reason, m.since AS since
                """);
        assertThat(membership.get("n").asLong()).isEqualTo(1);
        assertThat(membership.get("until").asLocalDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(membership.get("reason").asString()).isEqualTo("TERM_EXPIRED");
        assertThat(membership.get("since").asLocalDate()).isEqualTo(LocalDate.of(2021, 6, 18));
        assertThat(one("MATCH (c:College {id: $p + 'col'}) RETURN c.version AS v")
                        .get("v")
                        .asLong())
                .isEqualTo(1);
    }
}
