package com.consortiumexplorer.manage;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consortiumexplorer.ExplorerIntegrationTest;
import com.consortiumexplorer.TestCypher;
import com.consortiumexplorer.explore.GraphNavigator;
import com.consortiumexplorer.graph.ExitReason;
import com.consortiumexplorer.graph.MemberRole;
import com.consortiumexplorer.graph.OrganizationType;
import com.consortiumexplorer.ui.KaribuViews;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
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

    @Test
    void viewersCannotOpenTheForms() {
        KaribuViews.start(context, Locale.ENGLISH);
        KaribuViews.signIn(ExplorerIntegrationTest.VIEWER, "VIEWER");
        assertThatThrownBy(() -> UI.getCurrent().navigate(DataView.ROUTE))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(DataView.class)).isEmpty();
    }
}
