package com.consortiumexplorer.explore;

import com.consortiumexplorer.ui.CanvasGraph;
import com.consortiumexplorer.ui.GraphCanvas;
import com.consortiumexplorer.ui.Languages;
import com.consortiumexplorer.ui.NodeColours;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The graph explorer: a neighbourhood drawn on a canvas that a user expands by double-click, filters by type and
 * year, lays out, searches paths in, and saves or shares as a link.
 */
@Route(ExplorerView.ROUTE)
@Menu(order = 1, icon = "vaadin:cluster", title = "nav.explorer")
@AnonymousAllowed
public class ExplorerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Path of the explorer; {@code ?focus=<id>} opens a node, {@code ?view=<id>} a saved view. */
    public static final String ROUTE = "explorer";

    /** The organization the explorer opens on when no node is asked for. */
    static final String DEFAULT_FOCUS = "col-ybvtc";

    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2026;
    private static final int DEFAULT_LIMIT = 500;
    private static final int EXPAND_LIMIT = 300;
    private static final int SEARCH_RESULTS = 15;

    private final GraphNavigator navigator;
    private final SavedViews savedViews;
    private final transient AuthenticationContext authentication;
    private final boolean english;

    private final GraphCanvas canvas = new GraphCanvas();
    private final ComboBox<GraphNode> focus = new ComboBox<>();
    private final Select<Integer> depth = new Select<>();
    private final Select<GraphCanvas.Layout> layout = new Select<>();
    private final MultiSelectComboBox<EntityType> nodeTypes = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<RelationshipType> relationshipTypes = new MultiSelectComboBox<>();
    private final Input fromYear = yearSlider(FIRST_YEAR);
    private final Input toYear = yearSlider(LAST_YEAR);
    private final Span years = new Span();
    private final Button pathButton = new Button();
    private final TextField shareLink = new TextField();
    private final Span status = new Span();
    private final ProgressBar loading = new ProgressBar();
    private final VerticalLayout details = new VerticalLayout();
    private final Map<String, GraphEdge> edges = new LinkedHashMap<>();
    private List<String> selectedNodes = List.of();
    private int limit = DEFAULT_LIMIT;

    ExplorerView(GraphNavigator navigator, SavedViews savedViews, AuthenticationContext authentication) {
        this.navigator = navigator;
        this.savedViews = savedViews;
        this.authentication = authentication;
        this.english = Languages.isEnglish(getLocale());
        setSizeFull();
        setPadding(true);
        setSpacing(false);
        add(configureToolbar(), configureFilters(), configureStatus());
        HorizontalLayout body = new HorizontalLayout(configureCanvas(), configureDetails());
        body.setSizeFull();
        body.setFlexGrow(1, canvas);
        add(body, legend());
        setFlexGrow(1, body);
    }

    private Component configureToolbar() {
        focus.setId("explorer-focus");
        focus.setPlaceholder(getTranslation("explorer.focus"));
        focus.setAriaLabel(getTranslation("explorer.focus"));
        focus.setWidth("20em");
        focus.setItemLabelGenerator(n -> n.displayName(english) + " · " + getTranslation("entity.type." + n.type()));
        focus.setItems(query -> {
            String text = query.getFilter().orElse("");
            if (query.getOffset() > 0 || text.isBlank()) {
                return Stream.empty();
            }
            return navigator.search(text, null, SEARCH_RESULTS).stream().map(SearchHit::entity);
        });
        focus.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                open(e.getValue().id());
            }
        });
        depth.setId("explorer-depth");
        depth.setAriaLabel(getTranslation("explorer.depth"));
        depth.setItems(1, 2, 3);
        depth.setValue(1);
        depth.setItemLabelGenerator(d -> getTranslation("explorer.depth.value", d));
        depth.setWidth("9em");
        depth.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                reload();
            }
        });
        layout.setId("explorer-layout");
        layout.setAriaLabel(getTranslation("explorer.layout"));
        layout.setItems(GraphCanvas.Layout.values());
        layout.setItemLabelGenerator(l -> getTranslation("explorer.layout." + l.name()));
        layout.setValue(GraphCanvas.Layout.FORCE);
        layout.setWidth("12em");
        layout.addValueChangeListener(e -> canvas.setLayout(e.getValue()));
        Button reveal = new Button(getTranslation("explorer.reveal"), VaadinIcon.CONNECT.create(), e -> reveal());
        reveal.setId("explorer-reveal");
        pathButton.setText(getTranslation("explorer.path"));
        pathButton.setIcon(VaadinIcon.ROAD_BRANCH.create());
        pathButton.setId("explorer-path");
        pathButton.setEnabled(false);
        pathButton.setTooltipText(getTranslation("explorer.path.hint"));
        pathButton.addClickListener(e -> shortestPath());
        Button save = new Button(getTranslation("explorer.save"), VaadinIcon.BOOKMARK.create(), e -> askNameAndSave());
        save.setId("explorer-save");
        // saving writes to the graph, which only signed-in users may do
        save.setVisible(authentication.isAuthenticated());
        ComboBox<SavedView> open = new ComboBox<>();
        open.setId("explorer-saved");
        open.setPlaceholder(getTranslation("explorer.saved"));
        open.setAriaLabel(getTranslation("explorer.saved"));
        open.setItemLabelGenerator(SavedView::name);
        open.setItems(query -> query.getOffset() > 0
                ? Stream.empty()
                : savedViews.recent(query.getLimit()).stream()
                        .filter(v -> v.name()
                                .toLowerCase()
                                .contains(query.getFilter().orElse("").toLowerCase())));
        open.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                UI.getCurrent()
                        .navigate(ROUTE, QueryParameters.of("view", e.getValue().id()));
            }
        });
        Button png = new Button("PNG", VaadinIcon.PICTURE.create(), e -> canvas.exportPng("consortium-graph.png"));
        png.setId("explorer-png");
        png.setTooltipText(getTranslation("explorer.export.png"));
        Button json = new Button("JSON", VaadinIcon.DOWNLOAD.create(), e -> canvas.exportJson("consortium-graph.json"));
        json.setId("explorer-json");
        json.setTooltipText(getTranslation("explorer.export.json"));
        FlexLayout toolbar = new FlexLayout(focus, depth, layout, reveal, pathButton, save, open, png, json);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("gap", "var(--lumo-space-s)");
        toolbar.setWidthFull();
        return toolbar;
    }

    private Component configureFilters() {
        typeFilter(nodeTypes, "explorer-node-types", "explorer.nodeTypes", EntityType.values(), "entity.type.");
        typeFilter(
                relationshipTypes,
                "explorer-relationship-types",
                "explorer.relationshipTypes",
                RelationshipType.values(),
                "relationship.type.");
        fromYear.setId("explorer-from-year");
        toYear.setId("explorer-to-year");
        fromYear.getElement().setAttribute("aria-label", getTranslation("explorer.fromYear"));
        toYear.getElement().setAttribute("aria-label", getTranslation("explorer.toYear"));
        fromYear.addValueChangeListener(e -> applyFilter());
        toYear.addValueChangeListener(e -> applyFilter());
        years.setId("explorer-years");
        showYears();
        HorizontalLayout slider =
                new HorizontalLayout(new Span(getTranslation("explorer.years")), fromYear, toYear, years);
        slider.setAlignItems(FlexComponent.Alignment.CENTER);
        FlexLayout filters = new FlexLayout(nodeTypes, relationshipTypes, slider);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.CENTER);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        filters.setWidthFull();
        return filters;
    }

    private <E extends Enum<E>> void typeFilter(
            MultiSelectComboBox<E> box, String id, String placeholderKey, E[] values, String labelPrefix) {
        box.setId(id);
        box.setPlaceholder(getTranslation(placeholderKey));
        box.setAriaLabel(getTranslation(placeholderKey));
        box.setItems(values);
        box.setItemLabelGenerator(t -> getTranslation(labelPrefix + t.name()));
        box.setWidth("18em");
        box.addValueChangeListener(e -> applyFilter());
    }

    private Component configureStatus() {
        status.setId("explorer-status");
        loading.setIndeterminate(true);
        loading.setWidth("8em");
        loading.setVisible(false);
        shareLink.setId("explorer-share-link");
        shareLink.setReadOnly(true);
        shareLink.setLabel(getTranslation("explorer.share"));
        shareLink.setVisible(false);
        shareLink.setWidth("32em");
        HorizontalLayout line = new HorizontalLayout(status, loading, shareLink);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        // As tall from the start as once the status text arrives: a line that grew then would shrink the canvas
        // just after its first picture and make it draw everything again.
        line.setMinHeight("1lh");
        return line;
    }

    private Component configureCanvas() {
        canvas.setId("explorer-canvas");
        canvas.setHeight("100%");
        canvas.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "6px");
        canvas.addExpandListener(e -> expand(e.nodeId()));
        canvas.addSelectionListener(e -> {
            selectedNodes = e.nodeIds();
            pathButton.setEnabled(selectedNodes.size() == 2);
            if (!e.nodeIds().isEmpty()) {
                showNode(e.nodeIds().getLast());
            } else if (!e.edgeIds().isEmpty()) {
                showEdge(e.edgeIds().getLast());
            } else {
                showHint();
            }
        });
        canvas.addRenderedListener(e -> {
            loading.setVisible(false);
            status.setText(getTranslation("explorer.status", e.nodes(), e.millis()));
        });
        return canvas;
    }

    private Component configureDetails() {
        details.setId("explorer-details");
        details.setWidth("22em");
        details.setMinWidth("16em");
        details.setPadding(false);
        details.getStyle().set("overflow", "auto");
        showHint();
        return details;
    }

    private Component legend() {
        FlexLayout legend = new FlexLayout();
        legend.setId("explorer-legend");
        legend.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        legend.getStyle().set("gap", "var(--lumo-space-m)").set("font-size", "var(--lumo-font-size-s)");
        NodeColours.BY_TYPE.forEach((type, colour) -> {
            Span dot = new Span();
            dot.getStyle()
                    .set("display", "inline-block")
                    .set("width", "10px")
                    .set("height", "10px")
                    .set("border-radius", "50%")
                    .set("margin-right", "4px")
                    .set("background", colour);
            legend.add(new Span(dot, new Span(getTranslation("entity.type." + type))));
        });
        return legend;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        limit = first(params, "limit")
                .flatMap(ExplorerView::integer)
                .map(l -> Math.clamp(l, 1, GraphNavigator.MAX_NODES))
                .orElse(DEFAULT_LIMIT);
        first(params, "depth")
                .flatMap(ExplorerView::integer)
                .filter(d -> d >= 1 && d <= 3)
                .ifPresent(depth::setValue);
        Optional<String> view = first(params, "view");
        if (view.isPresent()) {
            openSaved(view.get());
        } else {
            open(first(params, "focus").orElse(DEFAULT_FOCUS));
        }
    }

    /** Draws the neighbourhood of a node afresh. */
    void open(String id) {
        Optional<Subgraph> subgraph = navigator.neighborhood(
                id, depth.getValue(), null, null, null, null, limit, GraphNavigator.Detail.OUTLINE);
        if (subgraph.isEmpty()) {
            status.setText(getTranslation("explorer.notFound", id));
            canvas.setGraph(new CanvasGraph(List.of(), List.of()));
            return;
        }
        edges.clear();
        focus.setValue(subgraph.get().nodes().getFirst());
        loading.setVisible(true);
        canvas.setGraph(toCanvas(subgraph.get().nodes(), subgraph.get().edges()));
        canvas.select(List.of(id));
        showNode(id);
        applyFilter();
        if (subgraph.get().truncated()) {
            notify(getTranslation("explorer.truncated", limit), NotificationVariant.LUMO_WARNING);
        }
        shareLink.setVisible(false);
    }

    private void reload() {
        if (focus.getValue() != null) {
            open(focus.getValue().id());
        }
    }

    /** Adds the neighbours of a node next to it. */
    void expand(String id) {
        navigator
                .neighborhood(id, 1, null, null, null, null, EXPAND_LIMIT, GraphNavigator.Detail.OUTLINE)
                .ifPresent(sub -> {
                    loading.setVisible(true);
                    canvas.addGraph(toCanvas(sub.nodes(), sub.edges()), id);
                    if (sub.truncated()) {
                        notify(getTranslation("explorer.truncated", EXPAND_LIMIT), NotificationVariant.LUMO_WARNING);
                    }
                });
    }

    private void reveal() {
        canvas.visibleNodeIds(ids -> {
            List<GraphEdge> found = navigator.relationshipsAmong(ids, relationshipTypes.getValue());
            long fresh =
                    found.stream().filter(e -> !edges.containsKey(canvasId(e))).count();
            canvas.addGraph(toCanvas(List.of(), found), null);
            notify(getTranslation("explorer.revealed", fresh), NotificationVariant.LUMO_SUCCESS);
        });
    }

    /** Finds, adds and highlights a shortest path between the two selected nodes. */
    void shortestPath() {
        if (selectedNodes.size() != 2) {
            return;
        }
        Optional<GraphPath> path = navigator.shortestPath(
                selectedNodes.get(0),
                selectedNodes.get(1),
                GraphNavigator.MAX_PATH_LENGTH,
                relationshipTypes.getValue());
        if (path.isEmpty()) {
            notify(getTranslation("explorer.path.none"), NotificationVariant.LUMO_CONTRAST);
            canvas.highlight(List.of());
            return;
        }
        canvas.addGraph(toCanvas(path.get().nodes(), path.get().edges()), selectedNodes.get(0));
        List<String> marked = new ArrayList<>();
        path.get().nodes().forEach(n -> marked.add(n.id()));
        path.get().edges().forEach(e -> marked.add(canvasId(e)));
        canvas.highlight(marked);
        status.setText(getTranslation("explorer.path.found", path.get().length()));
    }

    private void applyFilter() {
        int from = year(fromYear, FIRST_YEAR);
        int to = year(toYear, LAST_YEAR);
        showYears();
        canvas.setFilter(
                nodeTypes.getValue().stream().map(Enum::name).toList(),
                relationshipTypes.getValue().stream().map(Enum::name).toList(),
                from == FIRST_YEAR ? null : from,
                to == LAST_YEAR ? null : Math.max(from, to));
    }

    private void showYears() {
        int from = year(fromYear, FIRST_YEAR);
        int to = Math.max(from, year(toYear, LAST_YEAR));
        years.setText(from + " – " + to);
    }

    private void askNameAndSave() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("explorer.save"));
        TextField name = new TextField(getTranslation("explorer.save.name"));
        name.setId("explorer-save-name");
        name.setMaxLength(SavedViews.MAX_NAME_LENGTH);
        name.setRequired(true);
        name.setWidthFull();
        Button confirm = new Button(getTranslation("explorer.save.confirm"), e -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("explorer.save.nameRequired"));
                return;
            }
            dialog.close();
            canvas.captureState(state -> saved(savedViews.save(name.getValue(), state, user())));
        });
        confirm.setId("explorer-save-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    /** Shows the shareable link of a just-saved view and puts it in the address bar. */
    void saved(SavedView view) {
        QueryParameters query = QueryParameters.of("view", view.id());
        UI.getCurrent().getPage().getHistory().replaceState(null, ROUTE + "?" + query.getQueryString());
        UI.getCurrent().getPage().fetchCurrentURL(url -> shareLink.setValue(url.toString()));
        shareLink.setValue(ROUTE + "?" + query.getQueryString());
        shareLink.setVisible(true);
        notify(getTranslation("explorer.saved.done", view.name()), NotificationVariant.LUMO_SUCCESS);
    }

    private void openSaved(String viewId) {
        Optional<SavedView> view = savedViews.find(viewId);
        if (view.isEmpty()) {
            notify(getTranslation("explorer.saved.missing"), NotificationVariant.LUMO_ERROR);
            open(DEFAULT_FOCUS);
            return;
        }
        edges.clear();
        loading.setVisible(true);
        canvas.restoreState(view.get().state());
        status.setText(view.get().name());
    }

    private void showHint() {
        details.removeAll();
        details.add(new H3(getTranslation("explorer.details")), new Span(getTranslation("explorer.details.hint")));
    }

    private void showNode(String id) {
        Optional<GraphNode> found = navigator.node(id);
        details.removeAll();
        if (found.isEmpty()) {
            showHint();
            return;
        }
        GraphNode node = found.get();
        H3 title = new H3(node.displayName(english));
        title.setId("explorer-details-title");
        Span type = new Span(getTranslation("entity.type." + node.type()));
        type.getElement().getThemeList().add("badge");
        details.add(title, type, new Span(getTranslation("explorer.degree", node.degree())));
        Button focusHere = new Button(getTranslation("explorer.focusHere"), e -> open(node.id()));
        Button expandIt = new Button(getTranslation("explorer.expand"), e -> expand(node.id()));
        HorizontalLayout actions = new HorizontalLayout(focusHere, expandIt);
        actions.setSpacing(true);
        details.add(actions);
        if (node.type().isOrganization()
                && RouteConfiguration.forApplicationScope().isPathAvailable("gaps")) {
            Button partners = new Button(
                    getTranslation("explorer.findPartners"),
                    e -> UI.getCurrent().navigate("gaps", QueryParameters.of("org", node.id())));
            partners.addThemeVariants(ButtonVariant.TERTIARY);
            details.add(partners);
        }
        if (RouteConfiguration.forApplicationScope().isPathAvailable("export")) {
            Button export = new Button(
                    getTranslation("explorer.exportNeighbourhood"),
                    e -> UI.getCurrent().navigate("export", QueryParameters.of("neighbourhood", node.id())));
            export.setId("explorer-export-neighbourhood");
            export.addThemeVariants(ButtonVariant.TERTIARY);
            details.add(export);
        }
        properties(node.properties());
    }

    private void showEdge(String id) {
        details.removeAll();
        GraphEdge edge = edges.get(id);
        if (edge == null) {
            showHint();
            return;
        }
        details.add(
                new H3(getTranslation("relationship.type." + edge.type().name())),
                new Span(edge.source() + " → " + edge.target()));
        properties(edge.properties());
    }

    private void properties(Map<String, Object> properties) {
        Div list = new Div();
        list.getStyle().set("font-size", "var(--lumo-font-size-s)");
        properties.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(p -> {
            Div row = new Div(new Span(p.getKey() + ": "), new Span(PropertyText.of(p.getValue())));
            row.getStyle().set("word-break", "break-word");
            list.add(row);
        });
        details.add(list);
    }

    private CanvasGraph toCanvas(List<GraphNode> nodes, List<GraphEdge> graphEdges) {
        graphEdges.forEach(e -> edges.put(canvasId(e), e));
        return new CanvasGraph(
                nodes.stream()
                        .map(n -> new CanvasGraph.Node(n.id(), n.type().name(), n.displayName(english)))
                        .toList(),
                graphEdges.stream()
                        .map(e -> new CanvasGraph.Edge(
                                canvasId(e), e.type().name(), e.source(), e.target(), e.fromYear(), e.toYear()))
                        .toList());
    }

    /**
     * The id of a relationship on the canvas: the number that ends its element id. The element ids of one
     * database differ only there, and their 45 characters on each of thousands of edges were most of what a
     * large neighbourhood sent to the browser. An id of another shape is used whole.
     */
    static String canvasId(GraphEdge edge) {
        int colon = edge.id().lastIndexOf(':');
        return colon < 0 ? edge.id() : "r" + edge.id().substring(colon + 1);
    }

    /** Ids of the relationships sent to the canvas since the last fresh drawing. */
    Set<String> drawnEdges() {
        return edges.values().stream().map(GraphEdge::id).collect(Collectors.toUnmodifiableSet());
    }

    private String user() {
        return authentication.getPrincipalName().orElse("anonymous");
    }

    private static Input yearSlider(int value) {
        Input slider = new Input(ValueChangeMode.LAZY);
        slider.setType("range");
        slider.getElement().setAttribute("min", String.valueOf(FIRST_YEAR));
        slider.getElement().setAttribute("max", String.valueOf(LAST_YEAR));
        slider.getElement().setAttribute("step", "1");
        slider.setValue(String.valueOf(value));
        slider.setWidth("8em");
        return slider;
    }

    private static int year(Input slider, int fallback) {
        return integer(slider.getValue()).orElse(fallback);
    }

    private static Optional<String> first(Map<String, List<String>> params, String key) {
        return params.getOrDefault(key, List.of()).stream()
                .filter(v -> !v.isBlank())
                .findFirst();
    }

    private static Optional<Integer> integer(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("explorer.title");
    }
}
