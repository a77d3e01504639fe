package com.consortiumexplorer.flows;

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

/** The resource-flow and talent/chain views on the demo city, without a browser. */
@ExplorerIntegrationTest
class FlowAndTalentViewsIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    ResourceFlows flows;

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    void flowsViewDrawsTheFundingFlowsAndListsTheFlowsBehindALink() {
        FlowsView view = KaribuViews.open(context, Locale.ENGLISH, FlowsView.ROUTE, "", FlowsView.class);
        FlowSummary expected =
                flows.resourceFlows(java.util.List.of(FlowKind.FUNDING), null, null, null, FlowGrouping.ORGANIZATION);
        assertThat(view.summary().links()).hasSameSizeAs(expected.links()).isNotEmpty();
        FlowSummary.Link link = expected.links().getFirst();
        view.showUnderlying("edge", "{\"source\":\"" + link.source() + "\",\"target\":\"" + link.target() + "\"}");
        @SuppressWarnings("unchecked")
        Grid<com.consortiumexplorer.explore.GraphEdge> underlying =
                _get(Grid.class, spec -> spec.withId("flows-underlying"));
        assertThat(underlying.isVisible()).isTrue();
        long total = underlying
                .getGenericDataView()
                .getItems()
                .mapToLong(e -> ((Number) e.properties().get("amount")).longValue())
                .sum();
        assertThat(total).isEqualTo(link.value());
    }

    @Test
    void talentViewFlagsTheIndustryWithDemandButNoSupply() {
        TalentChainView view =
                KaribuViews.open(context, Locale.SIMPLIFIED_CHINESE, TalentChainView.ROUTE, "", TalentChainView.class);
        assertThat(view.talent().majors()).isNotEmpty();
        assertThat(view.chain().industries())
                .filteredOn(i -> i.code().equals("C3825"))
                .singleElement()
                .satisfies(i -> assertThat(i.flag()).isEqualTo(ChainAlignment.Flag.DEMAND_WITHOUT_SUPPLY));
        @SuppressWarnings("unchecked")
        Grid<ChainAlignment.Industry> flagged = _get(Grid.class, spec -> spec.withId("talent-flagged"));
        assertThat(flagged.getGenericDataView().getItems().map(ChainAlignment.Industry::code))
                .contains("C3825", "L7271");
    }
}
