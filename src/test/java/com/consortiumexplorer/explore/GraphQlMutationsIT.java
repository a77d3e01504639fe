package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.ExplorerIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

/**
 * Every mutation over HTTP: successes verified with plain Cypher, validation failures, conflicts and refusals
 * verified to write nothing. Each test works on organizations of its own (ids prefixed {@code t-…}).
 */
@ExplorerIntegrationTest
class GraphQlMutationsIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private HttpSyncGraphQlClient editor;
    private String prefix;

    @BeforeEach
    void setUp() {
        editor = GraphQlClients.editor(port);
        prefix = "t-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    @AfterEach
    void removeTestData() {
        driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n")
                .withParameters(Map.of("prefix", prefix))
                .execute();
    }

    private List<Record> cypher(String query, Map<String, Object> parameters) {
        return driver.executableQuery(query)
                .withParameters(parameters)
                .execute()
                .records();
    }

    private long count(String query) {
        return cypher(query, Map.of("prefix", prefix)).getFirst().get(0).asLong();
    }

    private ClientGraphQlResponse mutate(String document, Map<String, Object> input) {
        ClientGraphQlResponse response =
                editor.documentName(document).variable("input", input).executeSync();
        assertThat(response.getErrors()).as(document + " errors").isEmpty();
        return response;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> userErrors(ClientGraphQlResponse response, String mutation) {
        return (List<Map<String, Object>>)
                (List<?>) response.field(mutation + ".userErrors").toEntityList(Map.class);
    }

    private static void assertNoUserErrors(ClientGraphQlResponse response, String mutation) {
        assertThat(userErrors(response, mutation)).isEmpty();
    }

    private String addEnterprise(String suffix) {
        ClientGraphQlResponse response = mutate(
                "addOrganization",
                Map.of("id", prefix + suffix, "type", "ENTERPRISE", "name", "测试企业" + suffix, "size", "SMALL"));
        assertNoUserErrors(response, "addOrganization");
        return prefix + suffix;
    }

    private String addCollege(String suffix) {
        ClientGraphQlResponse response = mutate(
                "addOrganization",
                Map.of("id", prefix + suffix, "type", "COLLEGE", "name", "测试学院" + suffix, "kind", "TECHNICIAN"));
        assertNoUserErrors(response, "addOrganization");
        return prefix + suffix;
    }

    @Test
    void anonymousCallersCannotChangeTheGraph() {
        ClientGraphQlResponse response = GraphQlClients.anonymous(port)
                .documentName("addOrganization")
                .variable("input", Map.of("id", prefix + "x", "type", "COLLEGE", "name", "匿名"))
                .executeSync();
        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED");
            assertThat(error.getMessage()).doesNotContain("Exception");
        });
        assertThat(count("MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n)"))
                .isZero();
    }

    @Test
    void addUpdateAndRemoveAnOrganization() {
        ClientGraphQlResponse added = mutate(
                "addOrganization",
                Map.of(
                        "id", prefix + "ent",
                        "type", "ENTERPRISE",
                        "name", " 宜宾测试电池有限公司 ",
                        "nameEn", "Yibin Test Battery",
                        "regionCode", "511502",
                        "founded", 2020,
                        "size", "MEDIUM",
                        "leading", false,
                        "ownership", "PRIVATE"));
        assertNoUserErrors(added, "addOrganization");
        assertThat(added.field("addOrganization.organization.version").toEntity(Long.class))
                .isZero();
        Record stored = cypher(
                        "MATCH (o:Organization:Enterprise {id: $id}) RETURN o.name AS name, o.size AS size, o.version AS v",
                        Map.of("id", prefix + "ent"))
                .getFirst();
        assertThat(stored.get("name").asString()).isEqualTo("宜宾测试电池有限公司");
        assertThat(stored.get("size").asString()).isEqualTo("MEDIUM");

        ClientGraphQlResponse updated = mutate(
                "updateOrganization",
                Map.of("id", prefix + "ent", "version", 0, "nameEn", "Yibin Test Battery Co.", "size", "LARGE"));
        assertNoUserErrors(updated, "updateOrganization");
        assertThat(updated.field("updateOrganization.organization.version").toEntity(Long.class))
                .isEqualTo(1);
        assertThat(updated.field("updateOrganization.organization.size").toEntity(String.class))
                .isEqualTo("LARGE");

        ClientGraphQlResponse stale =
                mutate("updateOrganization", Map.of("id", prefix + "ent", "version", 0, "nameEn", "Lost update"));
        assertThat(userErrors(stale, "updateOrganization")).singleElement().satisfies(e -> {
            assertThat(e.get("code")).isEqualTo("CONFLICT");
            assertThat(e.get("field")).isEqualTo(List.of("input", "version"));
        });
        assertThat((Object) stale.field("updateOrganization.organization").getValue())
                .isNull();
        assertThat(cypher("MATCH (o {id: $id}) RETURN o.nameEn AS n", Map.of("id", prefix + "ent"))
                        .getFirst()
                        .get("n")
                        .asString())
                .isEqualTo("Yibin Test Battery Co.");

        String college = addCollege("col");
        assertNoUserErrors(
                mutate(
                        "addCollaboration",
                        Map.of("organizationId", prefix + "ent", "partnerId", college, "kind", "JOINT_TRAINING")),
                "addCollaboration");
        ClientGraphQlResponse refused = mutate("removeOrganization", Map.of("id", prefix + "ent", "version", 1));
        assertThat(userErrors(refused, "removeOrganization"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("code")).isEqualTo("HAS_HISTORY"));
        assertThat(count("MATCH (n:Organization {id: $prefix + 'ent'}) RETURN count(n)"))
                .isOne();
        ClientGraphQlResponse removed =
                mutate("removeOrganization", Map.of("id", prefix + "ent", "version", 1, "detach", true));
        assertNoUserErrors(removed, "removeOrganization");
        assertThat(removed.field("removeOrganization.removedId").toEntity(String.class))
                .isEqualTo(prefix + "ent");
        assertThat(count("MATCH (n:Organization {id: $prefix + 'ent'}) RETURN count(n)"))
                .isZero();
    }

    @Test
    void invalidOrganizationsAreRefusedFieldByFieldAndNothingIsWritten() {
        ClientGraphQlResponse response = mutate(
                "addOrganization",
                Map.of(
                        "id", prefix + "bad",
                        "type", "COLLEGE",
                        "name", "  ",
                        "regionCode", "51",
                        "founded", 1700,
                        "size", "SMALL"));
        assertThat(userErrors(response, "addOrganization"))
                .extracting(e -> ((List<?>) e.get("field")).get(1) + ":" + e.get("code"))
                .containsExactlyInAnyOrder(
                        "name:REQUIRED", "regionCode:INVALID", "founded:OUT_OF_RANGE", "size:INVALID");
        assertThat(count("MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n)"))
                .isZero();

        ClientGraphQlResponse duplicate =
                mutate("addOrganization", Map.of("id", "col-ybvtc", "type", "COLLEGE", "name", "重复"));
        assertThat(userErrors(duplicate, "addOrganization"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("code")).isEqualTo("DUPLICATE"));

        ClientGraphQlResponse missing =
                mutate("updateOrganization", Map.of("id", prefix + "nobody", "version", 0, "name", "x"));
        assertThat(userErrors(missing, "updateOrganization"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("code")).isEqualTo("NOT_FOUND"));

        ClientGraphQlResponse badEnum = editor.documentName("addOrganization")
                .variable("input", Map.of("type", "UNIVERSITY", "name", "x"))
                .executeSync();
        assertThat(badEnum.getErrors()).isNotEmpty();
        assertThat(badEnum.getErrors().getFirst().getMessage()).contains("UNIVERSITY");
    }

    @Test
    void collaborationsAreAddedOnceAndRemoved() {
        String enterprise = addEnterprise("e");
        String college = addCollege("c");
        Map<String, Object> tie =
                Map.of("organizationId", college, "partnerId", enterprise, "kind", "JOINT_EMPLOYMENT", "since", 2023);
        ClientGraphQlResponse added = mutate("addCollaboration", tie);
        assertNoUserErrors(added, "addCollaboration");
        assertThat(added.field("addCollaboration.organization.collaborations").toEntityList(Map.class))
                .singleElement()
                .satisfies(c -> assertThat(c.get("since")).isEqualTo(2023));
        Map<String, Object> reversed = new HashMap<>(tie);
        reversed.put("organizationId", enterprise);
        reversed.put("partnerId", college);
        assertThat(userErrors(mutate("addCollaboration", reversed), "addCollaboration"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("code")).isEqualTo("DUPLICATE"));
        assertThat(userErrors(
                        mutate(
                                "addCollaboration",
                                Map.of("organizationId", college, "partnerId", college, "kind", "JOINT_TRAINING")),
                        "addCollaboration"))
                .extracting(e -> e.get("code"))
                .containsExactly("INVALID");
        assertThat(count("MATCH ({id: $prefix + 'c'})-[r:COLLABORATES_WITH]-() RETURN count(r)"))
                .isOne();

        reversed.remove("since");
        ClientGraphQlResponse removed = mutate("removeCollaboration", reversed);
        assertNoUserErrors(removed, "removeCollaboration");
        assertThat(count("MATCH ({id: $prefix + 'c'})-[r:COLLABORATES_WITH]-() RETURN count(r)"))
                .isZero();
        assertThat(userErrors(mutate("removeCollaboration", reversed), "removeCollaboration"))
                .extracting(e -> e.get("code"))
                .containsExactly("NOT_FOUND");
    }

    @Test
    void flowsOfEveryKindAreRecordedWithTheirOwnQuantities() {
        String college = addCollege("c");
        String enterprise = addEnterprise("e");
        ClientGraphQlResponse funding = mutate(
                "recordFlow",
                Map.of(
                        "kind",
                        "FUNDING",
                        "sourceId",
                        enterprise,
                        "targetId",
                        college,
                        "year",
                        2024,
                        "amount",
                        1_500_000,
                        "channel",
                        "SOCIAL_CAPITAL"));
        assertNoUserErrors(funding, "recordFlow");
        assertThat(funding.field("recordFlow.flow.__typename").toEntity(String.class))
                .isEqualTo("FundingFlow");
        assertThat(funding.field("recordFlow.flow.amount").toEntity(Long.class)).isEqualTo(1_500_000L);
        ClientGraphQlResponse talent = mutate(
                "recordFlow",
                Map.of(
                        "kind",
                        "TALENT",
                        "sourceId",
                        college,
                        "targetId",
                        enterprise,
                        "year",
                        2024,
                        "graduates",
                        35,
                        "majorCode",
                        "460306"));
        assertNoUserErrors(talent, "recordFlow");
        assertThat(talent.field("recordFlow.flow.major.code").toEntity(String.class))
                .isEqualTo("460306");
        assertNoUserErrors(
                mutate(
                        "recordFlow",
                        Map.of(
                                "kind",
                                "TECHNOLOGY",
                                "sourceId",
                                college,
                                "targetId",
                                enterprise,
                                "year",
                                2023,
                                "title",
                                "测试工艺",
                                "value",
                                80_000)),
                "recordFlow");
        assertNoUserErrors(
                mutate(
                        "recordFlow",
                        Map.of(
                                "kind",
                                "FACILITY",
                                "sourceId",
                                college,
                                "targetId",
                                enterprise,
                                "year",
                                2023,
                                "facility",
                                "实训车间",
                                "hours",
                                120)),
                "recordFlow");
        assertThat(cypher("""
                        MATCH ({id: $c})-[r]-({id: $e}) RETURN type(r) AS t ORDER BY t
                        """, Map.of("c", college, "e", enterprise)).stream()
                        .map(r -> r.get("t").asString()))
                .containsExactly("FUNDS", "SHARES_FACILITY", "SUPPLIES_TALENT", "TRANSFERS_TECHNOLOGY");

        ClientGraphQlResponse incomplete = mutate(
                "recordFlow",
                Map.of("kind", "FUNDING", "sourceId", enterprise, "targetId", college, "year", 2024, "amount", -5));
        assertThat(userErrors(incomplete, "recordFlow"))
                .extracting(e -> ((List<?>) e.get("field")).get(1) + ":" + e.get("code"))
                .containsExactlyInAnyOrder("amount:OUT_OF_RANGE", "channel:REQUIRED");
        ClientGraphQlResponse wrongWay = mutate(
                "recordFlow",
                Map.of(
                        "kind",
                        "TALENT",
                        "sourceId",
                        enterprise,
                        "targetId",
                        college,
                        "year",
                        2024,
                        "graduates",
                        3,
                        "majorCode",
                        "999999"));
        assertThat(userErrors(wrongWay, "recordFlow"))
                .extracting(e -> ((List<?>) e.get("field")).get(1) + ":" + e.get("code"))
                .containsExactlyInAnyOrder("sourceId:INVALID", "targetId:INVALID", "majorCode:NOT_FOUND");
        ClientGraphQlResponse future = mutate(
                "recordFlow",
                Map.of(
                        "kind",
                        "FACILITY",
                        "sourceId",
                        college,
                        "targetId",
                        enterprise,
                        "year",
                        3000,
                        "facility",
                        "x",
                        "hours",
                        1));
        assertThat(userErrors(future, "recordFlow"))
                .extracting(e -> e.get("code"))
                .containsExactly("OUT_OF_RANGE");
        assertThat(count("MATCH ({id: $prefix + 'c'})-[r]-() RETURN count(r)")).isEqualTo(4);
    }

    @Test
    void programsAndProjectsWithParticipantsAreAddedInOneTransaction() {
        String college = addCollege("c");
        String enterprise = addEnterprise("e");
        ClientGraphQlResponse program = mutate(
                "addProgram",
                Map.of(
                        "id",
                        prefix + "prog",
                        "name",
                        "测试订单班",
                        "kind",
                        "ORDER_CLASS",
                        "startYear",
                        2024,
                        "endYear",
                        2026,
                        "capacity",
                        40,
                        "participants",
                        List.of(
                                Map.of("organizationId", college, "role", "HOST"),
                                Map.of("organizationId", enterprise, "role", "LEAD"))));
        assertNoUserErrors(program, "addProgram");
        assertThat(program.field("addProgram.program.participants").toEntityList(Map.class))
                .hasSize(2);

        ClientGraphQlResponse halfValid = mutate(
                "addProgram",
                Map.of(
                        "id",
                        prefix + "prog2",
                        "name",
                        "不完整",
                        "kind",
                        "INTERNSHIP",
                        "startYear",
                        2026,
                        "endYear",
                        2024,
                        "participants",
                        List.of(Map.of("organizationId", prefix + "ghost", "role", "HOST"))));
        assertThat(userErrors(halfValid, "addProgram"))
                .extracting(e -> e.get("code"))
                .containsExactlyInAnyOrder("OUT_OF_RANGE", "NOT_FOUND");
        assertThat(count("MATCH (p:Program {id: $prefix + 'prog2'}) RETURN count(p)"))
                .isZero();

        ClientGraphQlResponse project = mutate(
                "addProject",
                Map.of(
                        "id",
                        prefix + "proj",
                        "name",
                        "测试实训基地",
                        "kind",
                        "TRAINING_BASE",
                        "start",
                        "2024-03-01",
                        "budget",
                        2_000_000,
                        "participants",
                        List.of(Map.of("organizationId", college, "role", "LEAD"))));
        assertNoUserErrors(project, "addProject");
        assertThat(project.field("addProject.project.status").toEntity(String.class))
                .isEqualTo("PLANNED");
        assertThat(cypher("MATCH (p:Project {id: $id}) RETURN p.start AS s", Map.of("id", prefix + "proj"))
                        .getFirst()
                        .get("s")
                        .asLocalDate())
                .hasToString("2024-03-01");

        ClientGraphQlResponse updated = mutate(
                "updateProject", Map.of("id", prefix + "proj", "version", 0, "status", "ACTIVE", "end", "2026-12-31"));
        assertNoUserErrors(updated, "updateProject");
        assertThat(updated.field("updateProject.project.version").toEntity(Long.class))
                .isOne();
        assertThat(userErrors(
                        mutate("updateProject", Map.of("id", prefix + "proj", "version", 0, "budget", 1)),
                        "updateProject"))
                .extracting(e -> e.get("code"))
                .containsExactly("CONFLICT");
        assertThat(userErrors(
                        mutate("updateProject", Map.of("id", prefix + "proj", "version", 1, "end", "2020-01-01")),
                        "updateProject"))
                .extracting(e -> e.get("code"))
                .containsExactly("OUT_OF_RANGE");
        assertThat(cypher("MATCH (p:Project {id: $id}) RETURN p.budget AS b", Map.of("id", prefix + "proj"))
                        .getFirst()
                        .get("b")
                        .asLong())
                .isEqualTo(2_000_000L);

        ClientGraphQlResponse participant = mutate(
                "addParticipant",
                Map.of("organizationId", enterprise, "activityId", prefix + "proj", "role", "FUNDER"));
        assertNoUserErrors(participant, "addParticipant");
        assertThat(participant.field("addParticipant.project.participants").toEntityList(Map.class))
                .hasSize(2);
        assertThat(userErrors(
                        mutate(
                                "addParticipant",
                                Map.of("organizationId", enterprise, "activityId", prefix + "none", "role", "LEAD")),
                        "addParticipant"))
                .extracting(e -> e.get("code"))
                .containsExactly("NOT_FOUND");
    }

    @Test
    void majorOffersAndDemandsAreSetAndWithdrawn() {
        String college = addCollege("c");
        String enterprise = addEnterprise("e");
        ClientGraphQlResponse offer =
                mutate("setMajorOffer", Map.of("collegeId", college, "majorCode", "460306", "annualIntake", 90));
        assertNoUserErrors(offer, "setMajorOffer");
        assertThat(offer.field("setMajorOffer.offer.annualIntake").toEntity(Integer.class))
                .isEqualTo(90);
        assertNoUserErrors(
                mutate("setMajorOffer", Map.of("collegeId", college, "majorCode", "460306", "annualIntake", 120)),
                "setMajorOffer");
        assertThat(cypher(
                                "MATCH ({id: $id})-[r:OFFERS]->(:Major {code: '460306'}) RETURN collect(r.annualIntake) AS i",
                                Map.of("id", college))
                        .getFirst()
                        .get("i")
                        .asList())
                .containsExactly(120L);
        assertThat(userErrors(
                        mutate(
                                "setMajorOffer",
                                Map.of("collegeId", enterprise, "majorCode", "460306", "annualIntake", 5)),
                        "setMajorOffer"))
                .extracting(e -> e.get("code"))
                .containsExactly("INVALID");
        ClientGraphQlResponse withdrawn =
                mutate("setMajorOffer", Map.of("collegeId", college, "majorCode", "460306", "annualIntake", 0));
        assertNoUserErrors(withdrawn, "setMajorOffer");
        assertThat((Object) withdrawn.field("setMajorOffer.offer").getValue()).isNull();
        assertThat(count("MATCH ({id: $prefix + 'c'})-[r:OFFERS]->() RETURN count(r)"))
                .isZero();

        ClientGraphQlResponse demand = mutate(
                "setMajorDemand",
                Map.of("enterpriseId", enterprise, "majorCode", "460305", "year", 2025, "headcount", 12));
        assertNoUserErrors(demand, "setMajorDemand");
        assertThat(demand.field("setMajorDemand.demand.headcount").toEntity(Integer.class))
                .isEqualTo(12);
        assertThat(userErrors(
                        mutate(
                                "setMajorDemand",
                                Map.of("enterpriseId", enterprise, "majorCode", "nope", "year", 1900, "headcount", -1)),
                        "setMajorDemand"))
                .extracting(e -> e.get("code"))
                .containsExactlyInAnyOrder("NOT_FOUND", "OUT_OF_RANGE", "OUT_OF_RANGE");
        assertThat(count("MATCH ({id: $prefix + 'e'})-[r:DEMANDS]->() RETURN count(r)"))
                .isOne();
    }

    @Test
    void joiningAndLeavingAConsortiumKeepsTheHistory() {
        String enterprise = addEnterprise("e");
        Map<String, Object> join = Map.of(
                "organizationId", enterprise, "consortiumId", "cons-battery", "role", "MEMBER", "since", "2024-01-10");
        ClientGraphQlResponse joined = mutate("joinConsortium", join);
        assertNoUserErrors(joined, "joinConsortium");
        assertThat(joined.field("joinConsortium.membership.active").toEntity(Boolean.class))
                .isTrue();
        assertThat(userErrors(mutate("joinConsortium", join), "joinConsortium"))
                .extracting(e -> e.get("code"))
                .containsExactly("DUPLICATE");
        assertThat(userErrors(
                        mutate(
                                "joinConsortium",
                                Map.of(
                                        "organizationId",
                                        enterprise,
                                        "consortiumId",
                                        "cons-liquor",
                                        "since",
                                        "2024-01-10")),
                        "joinConsortium"))
                .extracting(e -> e.get("code"))
                .containsExactly("INVALID");
        assertThat(userErrors(
                        mutate(
                                "leaveConsortium",
                                Map.of(
                                        "organizationId",
                                        enterprise,
                                        "consortiumId",
                                        "cons-battery",
                                        "until",
                                        "2023-01-01",
                                        "exitReason",
                                        "OTHER")),
                        "leaveConsortium"))
                .extracting(e -> e.get("code"))
                .containsExactly("OUT_OF_RANGE");

        ClientGraphQlResponse left = mutate(
                "leaveConsortium",
                Map.of(
                        "organizationId",
                        enterprise,
                        "consortiumId",
                        "cons-battery",
                        "until",
                        "2025-06-30",
                        "exitReason",
                        "TERM_EXPIRED"));
        assertNoUserErrors(left, "leaveConsortium");
        assertThat(left.field("leaveConsortium.membership.until").toEntity(String.class))
                .isEqualTo("2025-06-30");
        assertThat(left.field("leaveConsortium.membership.active").toEntity(Boolean.class))
                .isFalse();
        Record history = cypher(
                        "MATCH ({id: $id})-[m:MEMBER_OF]->(:Consortium {id: 'cons-battery'})"
                                + " RETURN count(m) AS n, collect(m.exitReason) AS reasons",
                        Map.of("id", enterprise))
                .getFirst();
        assertThat(history.get("n").asLong()).isOne();
        assertThat(history.get("reasons").asList()).containsExactly("TERM_EXPIRED");
        assertThat(userErrors(
                        mutate(
                                "leaveConsortium",
                                Map.of(
                                        "organizationId",
                                        enterprise,
                                        "consortiumId",
                                        "cons-battery",
                                        "until",
                                        "2025-07-01",
                                        "exitReason",
                                        "OTHER")),
                        "leaveConsortium"))
                .extracting(e -> e.get("code"))
                .containsExactly("NOT_FOUND");
        assertNoUserErrors(
                mutate(
                        "joinConsortium",
                        Map.of(
                                "organizationId",
                                enterprise,
                                "consortiumId",
                                "cons-battery",
                                "role",
                                "COUNCIL",
                                "since",
                                "2025-07-01")),
                "joinConsortium");
        assertThat(count("MATCH ({id: $prefix + 'e'})-[m:MEMBER_OF]->() RETURN count(m)"))
                .isEqualTo(2);
    }
}
