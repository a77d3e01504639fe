package com.consortiumexplorer.manage;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consortiumexplorer.ExplorerIntegrationTest;
import com.consortiumexplorer.TestCypher;
import com.consortiumexplorer.explore.FlowKind;
import com.consortiumexplorer.explore.GraphNavigator;
import com.consortiumexplorer.graph.CollegeKind;
import com.consortiumexplorer.graph.CooperationKind;
import com.consortiumexplorer.graph.EnterpriseSize;
import com.consortiumexplorer.graph.ExitReason;
import com.consortiumexplorer.graph.MemberRole;
import com.consortiumexplorer.graph.OrganizationType;
import com.consortiumexplorer.graph.Ownership;
import com.consortiumexplorer.graph.ProgramKind;
import com.consortiumexplorer.graph.ProjectKind;
import com.consortiumexplorer.graph.ProjectStatus;
import com.consortiumexplorer.ui.KaribuViews;
import com.consortiumexplorer.ui.YearField;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The data-management forms on the real services and the embedded Neo4j, without a browser. */
@ExplorerIntegrationTest
class DataViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    Driver driver;

    @Autowired
    GraphNavigator navigator;

    private final String marker = "t-" + UUID.randomUUID();

    @AfterEach
    void cleanUp() {
        KaribuViews.stop();
        driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH $marker OR n.name STARTS WITH $marker DETACH DELETE n")
                .withParameters(Map.of("marker", marker))
                .execute();
    }

    private DataView openAs(String user, String role, Locale locale) {
        KaribuViews.start(context, locale);
        KaribuViews.signIn(user, role);
        UI.getCurrent().navigate(DataView.ROUTE);
        return _get(DataView.class);
    }

    private TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private long count(String cypher) {
        return TestCypher.count(driver, cypher, Map.of("marker", marker));
    }

    @Test
    void anEditorAddsAnOrganizationAndAStaleSaveShowsTheConflictWithoutLosingTheEdit() {
        openAs(ExplorerIntegrationTest.EDITOR, "EDITOR", Locale.ENGLISH);
        @SuppressWarnings("unchecked")
        Select<OrganizationType> type = _get(Select.class, spec -> spec.withId("organization-type"));
        type.setValue(OrganizationType.COLLEGE);
        text("organization-name").setValue(marker + " 学院");
        text("organization-region").setValue("511500");
        _click(_get(Button.class, spec -> spec.withId("organization-save")));
        assertThat(count("MATCH (o:Organization:College) WHERE o.name = $marker + ' 学院' RETURN count(o)"))
                .isEqualTo(1);
        String id = driver.executableQuery("MATCH (o:College) WHERE o.name = $name RETURN o.id")
                .withParameters(Map.of("name", marker + " 学院"))
                .execute()
                .records()
                .getFirst()
                .get(0)
                .asString();

        // Another editor saves first.
        driver.executableQuery("MATCH (o:Organization {id: $id}) SET o.city = '泸州', o.version = o.version + 1")
                .withParameters(Map.of("id", id))
                .execute();
        text("organization-city").setValue("宜宾");
        text("organization-name").setValue(marker + " 职业学院");
        _click(_get(Button.class, spec -> spec.withId("organization-save")));

        Div conflict = _get(Div.class, spec -> spec.withId("organization-conflict"));
        assertThat(conflict.isVisible()).isTrue();
        assertThat(conflict.getElement().getTextRecursively())
                .contains("you loaded version 0, it is now at version 1")
                .contains("City: now \"泸州\", yours \"宜宾\"");
        assertThat(text("organization-name").getValue()).isEqualTo(marker + " 职业学院");
        assertThat(count("MATCH (o:Organization) WHERE o.name = $marker + ' 学院' AND o.city = '泸州' RETURN count(o)"))
                .isEqualTo(1);

        _click(_get(Button.class, spec -> spec.withId("organization-overwrite")));
        assertThat(count("""
                        MATCH (o:Organization) WHERE o.name = $marker + ' 职业学院' AND o.city = '宜宾' AND o.version = 2
                        RETURN count(o)""")).isEqualTo(1);
        assertThat(conflict.isVisible()).isFalse();
    }

    @Test
    void kindSpecificFieldsFollowTheTypeAndAreSavedAndLoadedAgain() {
        openAs(ExplorerIntegrationTest.EDITOR, "EDITOR", Locale.SIMPLIFIED_CHINESE);
        // A new organization starts as an enterprise; Karibu finds only the fields shown.
        Select<OrganizationType> type = select("organization-type");
        Select<EnterpriseSize> size = select("organization-size");
        Select<Ownership> ownership = select("organization-ownership");
        Checkbox leading = _get(Checkbox.class, spec -> spec.withId("organization-leading"));
        assertThat(_find(Select.class, spec -> spec.withId("organization-college-kind")))
                .isEmpty();
        type.setValue(OrganizationType.COLLEGE);
        Select<CollegeKind> collegeKind = select("organization-college-kind");
        assertThat(size.isVisible()).isFalse();
        assertThat(leading.isVisible()).isFalse();
        // A value typed for another kind stays out of the saved organization.
        collegeKind.setValue(CollegeKind.HIGHER_VOCATIONAL);
        type.setValue(OrganizationType.ENTERPRISE);
        assertThat(collegeKind.isVisible()).isFalse();
        assertThat(size.isVisible()).isTrue();
        assertThat(size.getItemLabelGenerator().apply(EnterpriseSize.MEDIUM)).isEqualTo("中型");
        size.setValue(EnterpriseSize.MEDIUM);
        leading.setValue(true);
        ownership.setValue(Ownership.PRIVATE);
        text("organization-name").setValue(marker + " 企业");
        click("organization-save");
        assertThat(count("""
                        MATCH (o:Organization:Enterprise) WHERE o.name = $marker + ' 企业'
                          AND o.size = 'MEDIUM' AND o.leading AND o.ownership = 'PRIVATE' AND o.kind IS NULL
                        RETURN count(o)""")).isEqualTo(1);
        String id = text("organization-id").getValue();

        click("organization-new");
        assertThat(size.getValue()).isNull();
        assertThat(leading.getValue()).isFalse();
        pick("organization-pick", id);
        assertThat(size.getValue()).isEqualTo(EnterpriseSize.MEDIUM);
        assertThat(leading.getValue()).isTrue();
        assertThat(ownership.getValue()).isEqualTo(Ownership.PRIVATE);
        ownership.setValue(Ownership.MIXED);
        click("organization-save");
        assertThat(count("""
                        MATCH (o:Enterprise) WHERE o.name = $marker + ' 企业' AND o.ownership = 'MIXED' AND o.version = 1
                        RETURN count(o)""")).isEqualTo(1);
    }

    @Test
    void refusedInputIsShownUnderItsFieldInChinese() {
        openAs(ExplorerIntegrationTest.EDITOR, "EDITOR", Locale.SIMPLIFIED_CHINESE);
        text("organization-name").setValue(marker);
        text("organization-region").setValue("12");
        _click(_get(Button.class, spec -> spec.withId("organization-save")));
        TextField region = text("organization-region");
        assertThat(region.isInvalid()).isTrue();
        assertThat(region.getErrorMessage()).isEqualTo("格式无效");
        assertThat(count("MATCH (o:Organization) WHERE o.name = $marker RETURN count(o)"))
                .isZero();
    }

    @Test
    void membershipsJoinAndLeave() {
        driver.executableQuery("""
                        CREATE (:Organization:Enterprise {id: $marker + '-e', name: $marker + ' 企业', version: 0})
                        CREATE (:Consortium {id: $marker + '-c', name: $marker + ' 集团', status: 'ACTIVE', version: 0})
                        """).withParameters(Map.of("marker", marker)).execute();
        openAs(ExplorerIntegrationTest.EDITOR, "EDITOR", Locale.ENGLISH);
        _get(TabSheet.class, spec -> spec.withId("data-tabs")).setSelectedIndex(1);
        _get(EntityPicker.class, spec -> spec.withId("membership-organization")).pick(navigator, marker + "-e");
        _get(EntityPicker.class, spec -> spec.withId("membership-consortium")).pick(navigator, marker + "-c");
        @SuppressWarnings("unchecked")
        Select<MemberRole> role = _get(Select.class, spec -> spec.withId("membership-role"));
        role.setValue(MemberRole.COUNCIL);
        _get(DatePicker.class, spec -> spec.withId("membership-since")).setValue(LocalDate.of(2021, 3, 1));
        _click(_get(Button.class, spec -> spec.withId("membership-join")));
        assertThat(count("""
                        MATCH (:Enterprise {id: $marker + '-e'})-[m:MEMBER_OF {role: 'COUNCIL'}]->(:Consortium {id: $marker + '-c'})
                        WHERE m.since = date('2021-03-01') AND m.until IS NULL
                        RETURN count(m)""")).isEqualTo(1);

        _get(DatePicker.class, spec -> spec.withId("membership-until")).setValue(LocalDate.of(2020, 1, 1));
        @SuppressWarnings("unchecked")
        Select<ExitReason> reason = _get(Select.class, spec -> spec.withId("membership-exit-reason"));
        reason.setValue(ExitReason.GOAL_REACHED);
        _click(_get(Button.class, spec -> spec.withId("membership-leave")));
        assertThat(_get(DatePicker.class, spec -> spec.withId("membership-until"))
                        .isInvalid())
                .isTrue();

        _get(DatePicker.class, spec -> spec.withId("membership-until")).setValue(LocalDate.of(2024, 6, 30));
        _click(_get(Button.class, spec -> spec.withId("membership-leave")));
        assertThat(count("""
                        MATCH (:Enterprise {id: $marker + '-e'})-[m:MEMBER_OF]->(:Consortium {id: $marker + '-c'})
                        WHERE m.until = date('2024-06-30') AND m.exitReason = 'GOAL_REACHED'
                        RETURN count(m)""")).isEqualTo(1);
    }

    private void twoOrganizations() {
        driver.executableQuery("""
                        CREATE (:Organization:College {id: $marker + '-a', name: $marker + ' 学院', version: 0})
                        CREATE (:Organization:Enterprise {id: $marker + '-b', name: $marker + ' 企业', version: 0})
                        """).withParameters(Map.of("marker", marker)).execute();
    }

    private void pick(String pickerId, String nodeId) {
        _get(EntityPicker.class, spec -> spec.withId(pickerId)).pick(navigator, nodeId);
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    @Test
    void collaborationsAreAddedRefusedTwiceAndRemoved() {
        twoOrganizations();
        openAs(ExplorerIntegrationTest.EDITOR, "EDITOR", Locale.SIMPLIFIED_CHINESE);
        _get(TabSheet.class, spec -> spec.withId("data-tabs")).setSelectedIndex(2);
        pick("collaboration-organization", marker + "-a");
        pick("collaboration-partner", marker + "-a");
        this.<CooperationKind>select("collaboration-kind").setValue(CooperationKind.JOINT_SCHOOLING);
        _get(YearField.class, spec -> spec.withId("collaboration-since")).setValue(2022);
        click("collaboration-add");
        EntityPicker partner = _get(EntityPicker.class, spec -> spec.withId("collaboration-partner"));
        assertThat(partner.isInvalid()).isTrue();
        assertThat(partner.getErrorMessage()).isEqualTo("格式无效");

        pick("collaboration-partner", marker + "-b");
        click("collaboration-add");
        String tie = """
                MATCH (:College {id: $marker + '-a'})-[t:COLLABORATES_WITH {kind: 'JOINT_SCHOOLING'}]->(:Enterprise {id: $marker + '-b'})
                WHERE t.since = 2022
                RETURN count(t)""";
        assertThat(count(tie)).isEqualTo(1);
        click("collaboration-add");
        Select<CooperationKind> kind = select("collaboration-kind");
        assertThat(kind.isInvalid()).isTrue();
        assertThat(kind.getErrorMessage()).isEqualTo("已存在");
        assertThat(count(tie)).isEqualTo(1);

        click("collaboration-remove");
        assertThat(count(tie)).isZero();
        assertThat(kind.isInvalid()).isFalse();
    }

    @Test
    void aFlowFormShowsTheQuantitiesOfItsKindAndRefusesFractionsOfAYuan() {
        twoOrganizations();
        openAs(ExplorerIntegrationTest.EDITOR, "EDITOR", Locale.ENGLISH);
        _get(TabSheet.class, spec -> spec.withId("data-tabs")).setSelectedIndex(3);
        // Funding is the first kind shown; Karibu finds only the fields shown.
        BigDecimalField amount = _get(BigDecimalField.class, spec -> spec.withId("flow-amount"));
        assertThat(_find(BigDecimalField.class, spec -> spec.withId("flow-value")))
                .isEmpty();

        this.<FlowKind>select("flow-kind").setValue(FlowKind.TECHNOLOGY);
        assertThat(amount.isVisible()).isFalse();
        BigDecimalField value = _get(BigDecimalField.class, spec -> spec.withId("flow-value"));
        assertThat(text("flow-title").isVisible()).isTrue();
        pick("flow-source", marker + "-a");
        pick("flow-target", marker + "-b");
        _get(YearField.class, spec -> spec.withId("flow-year")).setValue(2023);
        text("flow-title").setValue(marker + " 电池回收工艺");
        value.setValue(new BigDecimal("1500000.50"));
        click("flow-record");
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("Whole yuan only");
        String flow = """
                MATCH (:College {id: $marker + '-a'})-[f:TRANSFERS_TECHNOLOGY]->(:Enterprise {id: $marker + '-b'})
                WHERE f.title = $marker + ' 电池回收工艺' AND f.value = 1500000 AND f.year = 2023
                RETURN count(f)""";
        assertThat(count(flow)).isZero();

        value.setValue(new BigDecimal("1500000"));
        click("flow-record");
        assertThat(value.isInvalid()).isFalse();
        assertThat(count(flow)).isEqualTo(1);
        // Quantities of another kind typed before switching are not recorded with this flow.
        assertThat(count("""
                        MATCH (:College {id: $marker + '-a'})-[f:TRANSFERS_TECHNOLOGY]->()
                        WHERE f.amount IS NOT NULL OR f.hours IS NOT NULL
                        RETURN count(f)""")).isZero();
    }

    @Test
    void aProgramIsAddedWithItsLeadAndAnEndBeforeItsStartIsRefused() {
        twoOrganizations();
        openAs(ExplorerIntegrationTest.EDITOR, "EDITOR", Locale.ENGLISH);
        _get(TabSheet.class, spec -> spec.withId("data-tabs")).setSelectedIndex(4);
        text("program-id").setValue(marker + "-p");
        text("program-name").setValue(marker + " 订单班");
        this.<ProgramKind>select("program-kind").setValue(ProgramKind.ORDER_CLASS);
        YearField startYear = _get(YearField.class, spec -> spec.withId("program-start-year"));
        YearField endYear = _get(YearField.class, spec -> spec.withId("program-end-year"));
        startYear.setValue(2024);
        endYear.setValue(2021);
        _get(IntegerField.class, spec -> spec.withId("program-capacity")).setValue(40);
        pick("program-lead", marker + "-a");
        click("program-add");
        assertThat(endYear.isInvalid()).isTrue();
        assertThat(endYear.getErrorMessage()).startsWith("Out of range");
        assertThat(count("MATCH (p:Program {id: $marker + '-p'}) RETURN count(p)"))
                .isZero();

        endYear.setValue(2026);
        click("program-add");
        assertThat(endYear.isInvalid()).isFalse();
        assertThat(count("""
                        MATCH (:College {id: $marker + '-a'})-[:PARTICIPATES_IN {role: 'LEAD'}]->(p:Program {id: $marker + '-p'})
                        WHERE p.kind = 'ORDER_CLASS' AND p.startYear = 2024 AND p.endYear = 2026 AND p.capacity = 40
                        RETURN count(p)""")).isEqualTo(1);
    }

    @Test
    void aProjectIsAddedThenAStaleChangeShowsTheConflictAndOverwrites() {
        twoOrganizations();
        openAs(ExplorerIntegrationTest.EDITOR, "EDITOR", Locale.ENGLISH);
        _get(TabSheet.class, spec -> spec.withId("data-tabs")).setSelectedIndex(5);
        text("project-id").setValue(marker + "-j");
        text("project-name").setValue(marker + " 储能平台");
        this.<ProjectKind>select("project-kind").setValue(ProjectKind.SHARED_PLATFORM);
        this.<ProjectStatus>select("project-status").setValue(ProjectStatus.ACTIVE);
        _get(DatePicker.class, spec -> spec.withId("project-start")).setValue(LocalDate.of(2024, 3, 1));
        _get(BigDecimalField.class, spec -> spec.withId("project-budget")).setValue(new BigDecimal("2000000"));
        pick("project-lead", marker + "-b");
        click("project-save");
        assertThat(count("""
                        MATCH (:Enterprise {id: $marker + '-b'})-[:PARTICIPATES_IN {role: 'LEAD'}]->(p:Project {id: $marker + '-j'})
                        WHERE p.kind = 'SHARED_PLATFORM' AND p.status = 'ACTIVE' AND p.start = date('2024-03-01')
                          AND p.budget = 2000000 AND p.version = 0
                        RETURN count(p)""")).isEqualTo(1);
        // After saving, the form edits the project it created: the id and kind are fixed.
        assertThat(text("project-id").isReadOnly()).isTrue();

        driver.executableQuery("MATCH (p:Project {id: $id}) SET p.budget = 2500000, p.version = p.version + 1")
                .withParameters(Map.of("id", marker + "-j"))
                .execute();
        _get(BigDecimalField.class, spec -> spec.withId("project-budget")).setValue(new BigDecimal("1800000"));
        click("project-save");
        Div conflict = _get(Div.class, spec -> spec.withId("project-conflict"));
        assertThat(conflict.isVisible()).isTrue();
        assertThat(conflict.getElement().getTextRecursively())
                .contains("you loaded version 0, it is now at version 1")
                .contains("2500000")
                .contains("1800000");
        assertThat(count("MATCH (p:Project {id: $marker + '-j'}) WHERE p.budget = 2500000 RETURN count(p)"))
                .isEqualTo(1);

        click("project-overwrite");
        assertThat(conflict.isVisible()).isFalse();
        assertThat(count("""
                        MATCH (p:Project {id: $marker + '-j'}) WHERE p.budget = 1800000 AND p.version = 2
                        RETURN count(p)""")).isEqualTo(1);
    }

    @Test
    void viewersCannotOpenTheForms() {
        KaribuViews.start(context, Locale.ENGLISH);
        KaribuViews.signIn(ExplorerIntegrationTest.VIEWER, "VIEWER");
        assertThatThrownBy(() -> UI.getCurrent().navigate(DataView.ROUTE))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(DataView.class)).isEmpty();
    }
}
