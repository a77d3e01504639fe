package com.consortiumexplorer.gaps;

import com.consortiumexplorer.explore.EntityType;
import com.consortiumexplorer.explore.GraphEdge;
import com.consortiumexplorer.explore.GraphNavigator;
import com.consortiumexplorer.explore.GraphNode;
import com.consortiumexplorer.explore.RelationshipType;
import com.consortiumexplorer.explore.SearchHit;
import com.consortiumexplorer.graph.OrganizationBrief;
import com.consortiumexplorer.graph.OrganizationType;
import com.consortiumexplorer.ui.CanvasGraph;
import com.consortiumexplorer.ui.EChart;
import com.consortiumexplorer.ui.GraphCanvas;
import com.consortiumexplorer.ui.Languages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The gap finder: for an organization, ranked partner suggestions with score bars, reasons and the evidence
 * drawn as a graph; for a consortium, its best unconnected pairs, a member-by-member tie matrix and its isolated
 * members.
 */
@Route(GapFinderView.ROUTE)
@Menu(order = 2, icon = "vaadin:connect-o", title = "nav.gaps")
@AnonymousAllowed
public class GapFinderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Path of the view; {@code ?org=<id>} or {@code ?consortium=<id>} opens one. */
    public static final String ROUTE = "gaps";

    private static final int SUGGESTIONS = 25;
    private static final int PICKER_RESULTS = 15;

    /** Relationship types that count as a direct tie in the matrix. */
    private static final List<RelationshipType> TIES = List.of(
            RelationshipType.COLLABORATES_WITH,
            RelationshipType.FUNDS,
            RelationshipType.SUPPLIES_TALENT,
            RelationshipType.TRANSFERS_TECHNOLOGY,
            RelationshipType.SHARES_FACILITY);

    private final GapFinder gapFinder;
    private final GraphNavigator navigator;
    private final boolean english;

    private final RadioButtonGroup<String> mode = new RadioButtonGroup<>();
    private final ComboBox<GraphNode> organization = new ComboBox<>();
    private final ComboBox<GraphNode> consortium = new ComboBox<>();
    private final MultiSelectComboBox<OrganizationType> partnerTypes = new MultiSelectComboBox<>();
    private final Grid<CollaborationGap> suggestions = new Grid<>();
    private final Grid<PairGap> pairs = new Grid<>();
    private final GraphCanvas evidence = new GraphCanvas();
    private final VerticalLayout reasons = new VerticalLayout();
    private final EChart matrix = new EChart();
    private final Div isolated = new Div();
    private final Anchor csv = new Anchor();
    private final Span message = new Span();
    private final VerticalLayout organizationPanel = new VerticalLayout();
    private final VerticalLayout consortiumPanel = new VerticalLayout();
    private List<CollaborationGap> current = List.of();

    GapFinderView(GapFinder gapFinder, GraphNavigator navigator) {
        this.gapFinder = gapFinder;
        this.navigator = navigator;
        this.english = Languages.isEnglish(getLocale());
        setSizeFull();
        add(new H2(getTranslation("gaps.title")), new Paragraph(getTranslation("gaps.intro")));
        add(configurePickers(), message);
        configureOrganizationPanel();
        configureConsortiumPanel();
        add(organizationPanel, consortiumPanel);
        showMode("org");
    }

    private Component configurePickers() {
        mode.setId("gaps-mode");
        mode.setItems("org", "consortium");
        mode.setItemLabelGenerator(m -> getTranslation("gaps.mode." + m));
        mode.setValue("org");
        mode.addValueChangeListener(e -> showMode(e.getValue()));
        organization.setId("gaps-organization");
        organization.setPlaceholder(getTranslation("gaps.organization"));
        organization.setAriaLabel(getTranslation("gaps.organization"));
        organization.setWidth("24em");
        organization.setItemLabelGenerator(this::label);
        List<EntityType> organizationTypes = Arrays.stream(EntityType.values())
                .filter(EntityType::isOrganization)
                .toList();
        organization.setItems(query -> {
            String text = query.getFilter().orElse("");
            if (query.getOffset() > 0 || text.isBlank()) {
                return Stream.empty();
            }
            return navigator.search(text, organizationTypes, PICKER_RESULTS).stream()
                    .map(SearchHit::entity);
        });
        organization.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent()
                        .navigate(ROUTE, QueryParameters.of("org", e.getValue().id()));
            }
        });
        consortium.setId("gaps-consortium");
        consortium.setPlaceholder(getTranslation("gaps.consortium"));
        consortium.setAriaLabel(getTranslation("gaps.consortium"));
        consortium.setWidth("24em");
        consortium.setItemLabelGenerator(this::label);
        consortium.setItems(navigator.list(EntityType.CONSORTIUM, 200));
        consortium.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent()
                        .navigate(
                                ROUTE,
                                QueryParameters.of("consortium", e.getValue().id()));
            }
        });
        partnerTypes.setId("gaps-partner-types");
        partnerTypes.setPlaceholder(getTranslation("gaps.partnerTypes"));
        partnerTypes.setAriaLabel(getTranslation("gaps.partnerTypes"));
        partnerTypes.setItems(OrganizationType.values());
        partnerTypes.setItemLabelGenerator(t -> getTranslation("entity.type." + t.name()));
        partnerTypes.setWidth("20em");
        partnerTypes.addValueChangeListener(e -> {
            if (organization.getValue() != null) {
                showSuggestions(organization.getValue().id());
            }
        });
        csv.setId("gaps-csv");
        csv.setText(getTranslation("gaps.csv"));
        csv.setEnabled(false);
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = GapCsv.of(current, english).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes), "partner-suggestions.csv", "text/csv", bytes.length);
        }));
        HorizontalLayout pickers = new HorizontalLayout(mode, organization, consortium, partnerTypes, csv);
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);
        pickers.setWrap(true);
        return pickers;
    }

    private void configureOrganizationPanel() {
        suggestions.setId("gaps-suggestions");
        suggestions
                .addColumn(g -> current.indexOf(g) + 1)
                .setHeader("#")
                .setWidth("3em")
                .setFlexGrow(0);
        suggestions
                .addColumn(g -> name(g.organization()))
                .setHeader(getTranslation("gaps.partner"))
                .setFlexGrow(3);
        suggestions
                .addColumn(g -> getTranslation("entity.type." + g.organization().type()))
                .setHeader(getTranslation("organization.type"))
                .setFlexGrow(1);
        suggestions
                .addComponentColumn(g -> scoreBar(g.score()))
                .setHeader(getTranslation("gaps.score"))
                .setFlexGrow(2);
        suggestions
                .addColumn(g -> g.reasons().isEmpty() ? "" : text(g.reasons().getFirst()))
                .setHeader(getTranslation("gaps.topReason"))
                .setFlexGrow(4);
        suggestions.setEmptyStateText(getTranslation("gaps.empty"));
        suggestions.setHeight("22em");
        suggestions.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::showEvidence));
        reasons.setId("gaps-reasons");
        reasons.setPadding(false);
        reasons.setWidth("26em");
        evidence.setId("gaps-evidence");
        evidence.setHeight("26em");
        HorizontalLayout details = new HorizontalLayout(reasons, evidence);
        details.setWidthFull();
        details.setFlexGrow(1, evidence);
        organizationPanel.setPadding(false);
        organizationPanel.add(suggestions, details);
    }

    private void configureConsortiumPanel() {
        pairs.setId("gaps-pairs");
        pairs.addColumn(p -> name(p.first())).setHeader(getTranslation("gaps.pair.first"));
        pairs.addColumn(p -> name(p.second())).setHeader(getTranslation("gaps.pair.second"));
        pairs.addComponentColumn(p -> scoreBar(p.score())).setHeader(getTranslation("gaps.score"));
        pairs.addColumn(p -> p.reasons().isEmpty() ? "" : text(p.reasons().getFirst()))
                .setHeader(getTranslation("gaps.topReason"))
                .setFlexGrow(3);
        pairs.setEmptyStateText(getTranslation("gaps.pairs.empty"));
        pairs.setHeight("18em");
        isolated.setId("gaps-isolated");
        matrix.setId("gaps-matrix");
        matrix.setHeight("34em");
        consortiumPanel.setPadding(false);
        consortiumPanel.add(
                pairs,
                new H3(getTranslation("gaps.isolated")),
                isolated,
                new H3(getTranslation("gaps.matrix")),
                matrix);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        params.getOrDefault("consortium", List.of()).stream()
                .findFirst()
                .ifPresentOrElse(
                        this::openConsortium,
                        () -> params.getOrDefault("org", List.of()).stream()
                                .findFirst()
                                .ifPresent(this::openOrganization));
    }

    /** Shows the partner suggestions for an organization. */
    void openOrganization(String id) {
        showMode("org");
        navigator
                .node(id)
                .filter(n -> n.type().isOrganization())
                .ifPresentOrElse(
                        node -> {
                            organization.setValue(node);
                            showSuggestions(id);
                        },
                        () -> message.setText(getTranslation("gaps.unknown", id)));
    }

    private void showSuggestions(String id) {
        current = gapFinder.collaborationGaps(id, partnerTypes.getValue(), SUGGESTIONS);
        suggestions.setItems(current);
        csv.setEnabled(!current.isEmpty());
        message.setText(current.isEmpty() ? getTranslation("gaps.empty") : "");
        if (!current.isEmpty()) {
            suggestions.select(current.getFirst());
        } else {
            reasons.removeAll();
        }
    }

    /** Lists the reasons of a suggestion and draws its evidence: both organizations and what links them. */
    void showEvidence(CollaborationGap gap) {
        reasons.removeAll();
        H3 title = new H3(name(gap.organization()));
        title.setId("gaps-selected");
        reasons.add(title, scoreBar(gap.score()));
        UnorderedList list = new UnorderedList();
        gap.reasons().forEach(r -> list.add(new ListItem(text(r))));
        reasons.add(list);
        Set<String> ids = new LinkedHashSet<>();
        ids.add(
                organization.getValue() == null
                        ? gap.organization().id()
                        : organization.getValue().id());
        ids.add(gap.organization().id());
        gap.reasons().forEach(r -> ids.addAll(r.evidence()));
        List<GraphNode> nodes = navigator.nodes(ids);
        List<GraphEdge> edges = navigator.relationshipsAmong(ids, null);
        evidence.setGraph(new CanvasGraph(
                nodes.stream()
                        .map(n -> new CanvasGraph.Node(n.id(), n.type().name(), n.displayName(english)))
                        .toList(),
                edges.stream()
                        .map(e -> new CanvasGraph.Edge(
                                e.id(), e.type().name(), e.source(), e.target(), e.fromYear(), e.toYear()))
                        .toList()));
        evidence.select(List.of(gap.organization().id()));
    }

    /** Shows a consortium's best unconnected pairs, its isolated members and its tie matrix. */
    void openConsortium(String id) {
        showMode("consortium");
        navigator
                .node(id)
                .filter(n -> n.type() == EntityType.CONSORTIUM)
                .ifPresentOrElse(
                        node -> {
                            consortium.setValue(node);
                            pairs.setItems(gapFinder.consortiumGaps(id, SUGGESTIONS));
                            List<OrganizationBrief> alone = gapFinder.unconnectedMembers(id);
                            isolated.removeAll();
                            if (alone.isEmpty()) {
                                isolated.add(new Span(getTranslation("gaps.isolated.none")));
                            }
                            alone.forEach(o -> {
                                Span badge = new Span(name(o));
                                badge.getElement().getThemeList().add("badge error");
                                badge.getStyle().set("margin-right", "var(--lumo-space-s)");
                                isolated.add(badge);
                            });
                            drawMatrix(id, alone);
                        },
                        () -> message.setText(getTranslation("gaps.unknown", id)));
    }

    private void drawMatrix(String consortiumId, List<OrganizationBrief> alone) {
        int year = java.time.Year.now().getValue();
        List<GraphNode> members = navigator
                .neighborhood(consortiumId, 1, List.of(RelationshipType.MEMBER_OF), null, year, year, 500)
                .map(s -> s.nodes().subList(1, s.nodes().size()))
                .orElse(List.of());
        List<String> ids = members.stream().map(GraphNode::id).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        int[][] ties = new int[ids.size()][ids.size()];
        for (GraphEdge edge : navigator.relationshipsAmong(ids, TIES)) {
            int a = index.get(edge.source());
            int b = index.get(edge.target());
            ties[a][b]++;
            ties[b][a]++;
        }
        List<List<Integer>> cells = new ArrayList<>();
        int max = 1;
        for (int a = 0; a < ids.size(); a++) {
            for (int b = 0; b < ids.size(); b++) {
                if (ties[a][b] > 0) {
                    cells.add(List.of(a, b, ties[a][b]));
                    max = Math.max(max, ties[a][b]);
                }
            }
        }
        Set<String> isolatedIds = new LinkedHashSet<>();
        alone.forEach(o -> isolatedIds.add(o.id()));
        List<Object> labels = members.stream()
                .<Object>map(m -> isolatedIds.contains(m.id())
                        ? Map.of(
                                "value",
                                m.displayName(english),
                                "textStyle",
                                Map.of("color", "#c0392b", "fontWeight", "bold"))
                        : m.displayName(english))
                .toList();
        Map<String, Object> axis =
                Map.of("type", "category", "data", labels, "axisLabel", Map.of("fontSize", 9, "interval", 0));
        Map<String, Object> xAxis = new HashMap<>(axis);
        xAxis.put("axisLabel", Map.of("fontSize", 9, "interval", 0, "rotate", 60));
        matrix.setOption(Map.of(
                "tooltip", Map.of("position", "top"),
                "grid", Map.of("left", 160, "bottom", 150, "top", 10, "right", 20),
                "xAxis", xAxis,
                "yAxis", axis,
                "visualMap",
                        Map.of(
                                "min",
                                0,
                                "max",
                                max,
                                "calculable",
                                true,
                                "orient",
                                "horizontal",
                                "left",
                                "center",
                                "bottom",
                                0,
                                "inRange",
                                Map.of("color", List.of("#e8f1fb", "#1f5fa8"))),
                "series", List.of(Map.of("name", getTranslation("gaps.matrix"), "type", "heatmap", "data", cells))));
    }

    private void showMode(String value) {
        if (!value.equals(mode.getValue())) {
            mode.setValue(value);
        }
        boolean org = "org".equals(value);
        organization.setVisible(org);
        partnerTypes.setVisible(org);
        csv.setVisible(org);
        organizationPanel.setVisible(org);
        consortium.setVisible(!org);
        consortiumPanel.setVisible(!org);
    }

    private static ProgressBar scoreBar(double score) {
        ProgressBar bar = new ProgressBar(0, 1, Math.clamp(score, 0, 1));
        bar.setWidth("8em");
        bar.getElement().setAttribute("title", String.format(Locale.ROOT, "%.2f", score));
        return bar;
    }

    private String text(GapReason reason) {
        return english ? reason.textEn() : reason.text();
    }

    private String name(OrganizationBrief brief) {
        return english && brief.nameEn() != null && !brief.nameEn().isBlank() ? brief.nameEn() : brief.name();
    }

    private String label(GraphNode node) {
        return node.displayName(english) + " · " + getTranslation("entity.type." + node.type());
    }

    /** The suggestions shown now, best first. */
    List<CollaborationGap> suggestions() {
        return current;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gaps.title");
    }
}
