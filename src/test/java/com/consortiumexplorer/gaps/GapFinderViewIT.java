package com.consortiumexplorer.gaps;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.ExplorerIntegrationTest;
import com.consortiumexplorer.ui.KaribuViews;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The gap finder view on the demo city, without a browser. */
@ExplorerIntegrationTest
class GapFinderViewIT {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    private GapFinderView open(String query, Locale locale) {
        return KaribuViews.open(context, locale, GapFinderView.ROUTE, query, GapFinderView.class);
    }

    @Test
    void theTopSuggestionForTheDemoCollegeIsThePlantedGapWithItsReasons() {
        GapFinderView view = open("org=col-ybvtc", Locale.ENGLISH);
        assertThat(view.suggestions()).isNotEmpty();
        CollaborationGap top = view.suggestions().getFirst();
        assertThat(top.organization().id()).isEqualTo("ent-minjiang-electric");
        assertThat(top.reasons()).isNotEmpty();
        // The first suggestion is selected and explained in the chosen language.
        assertThat(_get(H3.class, spec -> spec.withId("gaps-selected")).getText())
                .isEqualTo(top.organization().nameEn());
        assertThat(GapCsv.of(view.suggestions(), true)
                        .lines()
                        .skip(1)
                        .findFirst()
                        .orElseThrow())
                .startsWith("1,ent-minjiang-electric,");
    }

    @Test
    void aConsortiumShowsItsIsolatedMembers() {
        open("consortium=cons-battery", Locale.SIMPLIFIED_CHINESE);
        Div isolated = _get(Div.class, spec -> spec.withId("gaps-isolated"));
        assertThat(isolated.getChildren().map(c -> ((Span) c).getText()).toList())
                .hasSize(2)
                .allSatisfy(name -> assertThat(name).isNotBlank());
    }
}
