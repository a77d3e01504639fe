package com.consortiumexplorer.consortium;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.ExplorerIntegrationTest;
import com.consortiumexplorer.ui.KaribuViews;
import com.vaadin.flow.component.grid.Grid;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The consortium dashboard on the demo city, without a browser. */
@ExplorerIntegrationTest
class ConsortiumDashboardViewIT {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void stop() {
        KaribuViews.stop();
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
