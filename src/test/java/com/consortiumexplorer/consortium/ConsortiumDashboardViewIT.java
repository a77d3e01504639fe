package com.consortiumexplorer.consortium;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.ExplorerIntegrationTest;
import com.consortiumexplorer.ui.KaribuViews;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The consortium dashboard on the demo city, without a browser. */
@ExplorerIntegrationTest
class ConsortiumDashboardViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    Driver driver;

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    void listsTheProgramsAndProjectsItsMembersTakePartIn() {
        String marker = "t-" + UUID.randomUUID();
        driver.executableQuery("""
                        CREATE (c:Consortium {id: $marker + '-c', name: $marker + ' 集团', status: 'ACTIVE', version: 0})
                        CREATE (a:Organization:College {id: $marker + '-a', name: $marker + ' 学院', version: 0})
                        CREATE (b:Organization:Enterprise {id: $marker + '-b', name: $marker + ' 企业', version: 0})
                        CREATE (gone:Organization:Enterprise {id: $marker + '-g', name: $marker + ' 退出', version: 0})
                        CREATE (a)-[:MEMBER_OF {since: date('2020-01-01')}]->(c)
                        CREATE (b)-[:MEMBER_OF {since: date('2020-01-01')}]->(c)
                        CREATE (gone)-[:MEMBER_OF {since: date('2019-01-01'), until: date('2020-01-01')}]->(c)
                        CREATE (p:Program {id: $marker + '-p', name: $marker + ' 订单班', kind: 'ORDER_CLASS',
                                           startYear: 2021, endYear: 2024, version: 0})
                        CREATE (q:Project {id: $marker + '-q', name: $marker + ' 退出方项目', kind: 'RESEARCH', version: 0})
                        CREATE (a)-[:PARTICIPATES_IN {role: 'LEAD'}]->(p)
                        CREATE (b)-[:PARTICIPATES_IN {role: 'PARTNER'}]->(p)
                        CREATE (gone)-[:PARTICIPATES_IN {role: 'LEAD'}]->(q)
                        """).withParameters(Map.of("marker", marker)).execute();
        try {
            KaribuViews.open(
                    context,
                    Locale.ENGLISH,
                    ConsortiumDashboardView.ROUTE,
                    "id=" + marker + "-c",
                    ConsortiumDashboardView.class);
            @SuppressWarnings("unchecked")
            Grid<ConsortiumActivities.Activity> programs = _get(Grid.class, spec -> spec.withId("consortium-programs"));
            assertThat(programs.getGenericDataView().getItems())
                    .containsExactly(new ConsortiumActivities.Activity(
                            marker + "-p",
                            "PROGRAM",
                            marker + " 订单班",
                            null,
                            "ORDER_CLASS",
                            null,
                            2021L,
                            2024L,
                            2,
                            List.of(marker + " 学院")));
            assertThat(_find(Span.class, spec -> spec.withId("consortium-programs-empty")))
                    .isEmpty();
        } finally {
            driver.executableQuery("MATCH (n) WHERE n.id STARTS WITH $marker DETACH DELETE n")
                    .withParameters(Map.of("marker", marker))
                    .execute();
        }
    }

    @Test
    void showsTheHealthReportAndTheCouncilChairFirst() {
        ConsortiumDashboardView view = KaribuViews.open(
                context,
                Locale.ENGLISH,
                ConsortiumDashboardView.ROUTE,
                "id=cons-battery",
                ConsortiumDashboardView.class);
        assertThat(view.report().consortiumId()).isEqualTo("cons-battery");
        assertThat(view.report().members()).isPositive();
        @SuppressWarnings("unchecked")
        Grid<ConsortiumDashboardView.Member> council = _get(Grid.class, spec -> spec.withId("consortium-council"));
        var members = council.getGenericDataView().getItems().toList();
        assertThat(members).hasSizeGreaterThanOrEqualTo(view.report().members());
        assertThat(members.getFirst().role()).isEqualTo("CHAIR");
    }
}
