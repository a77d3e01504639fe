package com.consortiumexplorer.explore;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consortiumexplorer.ExplorerIntegrationTest;
import com.consortiumexplorer.ui.GraphCanvas;
import com.consortiumexplorer.ui.KaribuViews;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import tools.jackson.databind.node.ArrayNode;

/** The explorer view's logic on the real graph, without a browser. */
@ExplorerIntegrationTest
class ExplorerViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    GraphNavigator navigator;

    @Autowired
    SavedViews savedViews;

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    private ExplorerView open(String query, Locale locale) {
        return KaribuViews.open(context, locale, ExplorerView.ROUTE, query, ExplorerView.class);
    }

    private static void select(GraphCanvas canvas, String... nodeIds) {
        ArrayNode nodes = JacksonUtils.createArrayNode();
        for (String id : nodeIds) {
            nodes.add(id);
        }
        ComponentUtil.fireEvent(
                canvas, new GraphCanvas.SelectionEvent(canvas, true, nodes, JacksonUtils.createArrayNode()));
    }

    @Test
    void opensTheFocusedNodeAndShowsItsDetailsInTheChosenLanguage() {
        ExplorerView view = open("focus=ent-liyuan-battery", Locale.ENGLISH);
        GraphNode battery = navigator.node("ent-liyuan-battery").orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<GraphNode> focus = _get(ComboBox.class, spec -> spec.withId("explorer-focus"));
        assertThat(focus.getValue().id()).isEqualTo("ent-liyuan-battery");
        assertThat(_get(H3.class, spec -> spec.withId("explorer-details-title")).getText())
                .isEqualTo(battery.nameEn());
        assertThat(view.getPageTitle()).isEqualTo("Graph explorer");
        // Every relationship of the centre was sent to the canvas.
        Subgraph sub = navigator
                .neighborhood("ent-liyuan-battery", 1, null, null, null, null, 500)
                .orElseThrow();
        assertThat(view.drawnEdges())
                .containsAll(sub.edges().stream().map(GraphEdge::id).toList());
    }

    @Test
    void expandingANodeAddsItsRelationships() {
        ExplorerView view = open("focus=col-ybvtc", Locale.SIMPLIFIED_CHINESE);
        int before = view.drawnEdges().size();
        view.expand("ent-liyuan-battery");
        Subgraph added = navigator
                .neighborhood("ent-liyuan-battery", 1, null, null, null, null, 300)
                .orElseThrow();
        assertThat(view.drawnEdges())
                .containsAll(added.edges().stream().map(GraphEdge::id).toList());
        assertThat(view.drawnEdges().size()).isGreaterThan(before);
        assertThat(_get(H3.class, spec -> spec.withId("explorer-details-title")).getText())
                .isEqualTo(navigator.node("col-ybvtc").orElseThrow().name());
    }

    @Test
    void twoSelectedOrganizationsGetTheirShortestPath() {
        open("focus=col-ybvtc", Locale.ENGLISH);
        GraphCanvas canvas = _get(GraphCanvas.class);
        Button path = _get(Button.class, spec -> spec.withId("explorer-path"));
        select(canvas, "col-ybvtc");
        assertThat(path.isEnabled()).isFalse();
        select(canvas, "col-ybvtc", "ent-minjiang-electric");
        assertThat(path.isEnabled()).isTrue();
        path.click();
        assertThat(_get(Span.class, spec -> spec.withId("explorer-status")).getText())
                .isEqualTo("Shortest path: 2 step(s)");
    }

    @Test
    void anAnonymousVisitorOpensViewsButCannotSaveOne() {
        open("focus=col-ybvtc", Locale.ENGLISH);
        _assertNone(Button.class, spec -> spec.withId("explorer-save"));
        assertThatThrownBy(() -> savedViews.save("t-anonymous", "{\"nodes\":[],\"edges\":[]}", "anonymous"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aSavedViewOpensFromItsLinkAndAnUnknownOneFallsBack() {
        KaribuViews.start(context, Locale.ENGLISH);
        KaribuViews.signIn("test-viewer", "VIEWER");
        SavedView saved = savedViews.save("t-" + System.nanoTime(), "{\"nodes\":[],\"edges\":[]}", "test");
        try {
            ExplorerView view = open("view=" + saved.id(), Locale.ENGLISH);
            KaribuViews.signIn("test-viewer", "VIEWER");
            assertThat(_get(Button.class, spec -> spec.withId("explorer-save")).isVisible())
                    .isTrue();
            assertThat(_get(Span.class, spec -> spec.withId("explorer-status")).getText())
                    .isEqualTo(saved.name());
            view.saved(saved);
            TextField link = _get(TextField.class, spec -> spec.withId("explorer-share-link"));
            assertThat(link.isVisible()).isTrue();
            assertThat(link.getValue()).contains("view=" + saved.id());
            assertThat(savedViews.recent(50)).extracting(SavedView::id).contains(saved.id());
            assertThatThrownBy(() -> savedViews.delete(saved.id())).isInstanceOf(AccessDeniedException.class);
        } finally {
            KaribuViews.signIn("test-admin", "ADMIN");
            assertThat(savedViews.delete(saved.id())).isTrue();
        }
        assertThat(savedViews.find(saved.id())).isEmpty();
    }

    @Test
    void theGlobalSearchBoxSuggestsWhileTyping() {
        open("focus=col-ybvtc", Locale.ENGLISH);
        @SuppressWarnings("unchecked")
        ComboBox<Object> search = _get(ComboBox.class, spec -> spec.withId("global-search"));
        ComboBoxKt.setUserInput(search, "batt");
        List<String> suggestions = ComboBoxKt.getSuggestions(search);
        assertThat(suggestions).isNotEmpty();
        assertThat(suggestions).anySatisfy(s -> assertThat(s).containsIgnoringCase("battery"));
    }
}
