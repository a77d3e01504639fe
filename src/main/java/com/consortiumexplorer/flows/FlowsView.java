package com.consortiumexplorer.flows;

import com.consortiumexplorer.explore.ConsortiumPicker;
import com.consortiumexplorer.explore.GraphEdge;
import com.consortiumexplorer.explore.GraphNavigator;
import com.consortiumexplorer.explore.GraphNode;
import com.consortiumexplorer.explore.RelationshipType;
import com.consortiumexplorer.ui.EChart;
import com.consortiumexplorer.ui.Languages;
import com.consortiumexplorer.ui.YearField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Resource flows: a Sankey diagram of one kind of flow between senders and receivers, the totals per year and
 * the largest flows; clicking a link lists the flows behind it.
 */
@Route(FlowsView.ROUTE)
@Menu(order = 3, icon = "vaadin:exchange", title = "nav.flows")
@AnonymousAllowed
public class FlowsView extends VerticalLayout implements HasDynamicTitle {

    /** Path of the view. */
    public static final String ROUTE = "flows";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ResourceFlows flows;
    private final GraphNavigator navigator;
    private final boolean english;

    private final Select<FlowKind> kind = new Select<>();
    private final Select<FlowGrouping> grouping = new Select<>();
    private final ConsortiumPicker consortium;
    private final YearField fromYear;
    private final YearField toYear;
    private final EChart sankey = new EChart();
    private final EChart totals = new EChart();
    private final Grid<FlowSummary.TopFlow> top = new Grid<>();
    private final Grid<GraphEdge> underlying = new Grid<>();
    private final H3 underlyingTitle = new H3();
    private FlowSummary summary;

    FlowsView(ResourceFlows flows, GraphNavigator navigator) {
        this.flows = flows;
        this.navigator = navigator;
        this.english = Languages.isEnglish(getLocale());
        this.consortium = new ConsortiumPicker(navigator, english, "flows-consortium");
        this.fromYear = new YearField(getTranslation("explorer.fromYear"));
        this.toYear = new YearField(getTranslation("explorer.toYear"));
        add(new H2(getTranslation("flows.title")), new Paragraph(getTranslation("flows.intro")));
        configureControls();
        sankey.setId("flows-sankey");
        sankey.setHeight("32em");
        sankey.addClickListener(e -> showUnderlying(e.dataType(), e.dataJson()));
        totals.setId("flows-totals");
        totals.setHeight("16em");
        configureGrids();
        add(sankey, underlyingTitle, underlying, new H3(getTranslation("flows.totals")), totals);
        add(new H3(getTranslation("flows.top")), top);
        refresh();
    }

    private void configureControls() {
        kind.setId("flows-kind");
        kind.setLabel(getTranslation("flows.kind"));
        kind.setItems(FlowKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("flows.kind." + k.name()));
        kind.setValue(FlowKind.FUNDING);
        grouping.setId("flows-grouping");
        grouping.setLabel(getTranslation("flows.grouping"));
        grouping.setItems(FlowGrouping.values());
        grouping.setItemLabelGenerator(g -> getTranslation("flows.grouping." + g.name()));
        grouping.setValue(FlowGrouping.ORGANIZATION);
        fromYear.addValueChangeListener(e -> refresh());
        toYear.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        grouping.addValueChangeListener(e -> refresh());
        consortium.addValueChangeListener(e -> refresh());
        HorizontalLayout controls = new HorizontalLayout(kind, grouping, consortium, fromYear, toYear);
        controls.setWrap(true);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(controls);
    }

    private void configureGrids() {
        top.setId("flows-top");
        top.addColumn(f -> label(f.source()))
                .setHeader(getTranslation("flows.from"))
                .setFlexGrow(2);
        top.addColumn(f -> label(f.target()))
                .setHeader(getTranslation("flows.to"))
                .setFlexGrow(2);
        top.addColumn(FlowSummary.TopFlow::value).setHeader(getTranslation("flows.value"));
        top.setAllRowsVisible(true);
        top.setEmptyStateText(getTranslation("flows.empty"));
        underlying.setId("flows-underlying");
        underlying.addColumn(e -> e.properties().get("year")).setHeader(getTranslation("flows.year"));
        underlying.addColumn(GraphEdge::source).setHeader(getTranslation("flows.from"));
        underlying.addColumn(GraphEdge::target).setHeader(getTranslation("flows.to"));
        underlying
                .addColumn(e -> e.properties().get(kind.getValue().volume()))
                .setHeader(getTranslation("flows.value"));
        underlying
                .addColumn(e -> details(e.properties()))
                .setHeader(getTranslation("flows.details"))
                .setFlexGrow(3);
        underlying.setAllRowsVisible(true);
        underlying.setVisible(false);
        underlyingTitle.setVisible(false);
    }

    /** Loads and draws the flows for the chosen kind, consortium, years and grouping. */
    void refresh() {
        Integer from = fromYear.getValue();
        Integer to = toYear.getValue();
        if (from != null && to != null && from > to) {
            fromYear.setInvalid(true);
            fromYear.setErrorMessage(getTranslation("flows.years.invalid"));
            return;
        }
        fromYear.setInvalid(false);
        summary = flows.resourceFlows(
                List.of(kind.getValue()),
                Optional.ofNullable(consortium.getValue()).map(GraphNode::id).orElse(null),
                from,
                to,
                grouping.getValue());
        drawSankey();
        drawTotals();
        top.setItems(summary.topFlows());
        underlying.setVisible(false);
        underlyingTitle.setVisible(false);
    }

    private void drawSankey() {
        List<Map<String, Object>> nodes = summary.nodes().stream()
                .map(n -> Map.<String, Object>of("name", n.id(), "label", Map.of("formatter", label(n))))
                .toList();
        List<Map<String, Object>> links = summary.links().stream()
                .map(l -> Map.<String, Object>of("source", l.source(), "target", l.target(), "value", l.value()))
                .toList();
        sankey.setOption(Map.of(
                "tooltip",
                Map.of("trigger", "item"),
                "series",
                List.of(Map.of(
                        "type",
                        "sankey",
                        "data",
                        nodes,
                        "links",
                        links,
                        "emphasis",
                        Map.of("focus", "adjacency"),
                        "nodeGap",
                        6,
                        "label",
                        Map.of("fontSize", 10),
                        "lineStyle",
                        Map.of("color", "gradient", "curveness", 0.5)))));
    }

    private void drawTotals() {
        List<Integer> years = summary.totals().stream()
                .map(FlowSummary.Total::year)
                .distinct()
                .sorted()
                .toList();
        Map<Integer, Long> byYear = new HashMap<>();
        summary.totals().forEach(t -> byYear.merge(t.year(), t.value(), Long::sum));
        totals.setOption(Map.of(
                "tooltip",
                Map.of("trigger", "axis"),
                "grid",
                Map.of("left", 80, "right", 20, "top", 20, "bottom", 30),
                "xAxis",
                Map.of("type", "category", "data", years),
                "yAxis",
                Map.of("type", "value"),
                "series",
                List.of(Map.of(
                        "type", "bar",
                        "name", getTranslation("flows.kind." + kind.getValue().name()),
                        "data", years.stream().map(byYear::get).toList()))));
    }

    /** Lists the individual flows behind a clicked Sankey link (organizations only; types have no single flow). */
    void showUnderlying(String dataType, String dataJson) {
        if (!"edge".equals(dataType) || grouping.getValue() != FlowGrouping.ORGANIZATION) {
            return;
        }
        JsonNode link = JSON.readTree(dataJson);
        String source = key(link.path("source").asString());
        String target = key(link.path("target").asString());
        RelationshipType type = RelationshipType.valueOf(kind.getValue().relationship());
        List<GraphEdge> edges = navigator.relationshipsAmong(List.of(source, target), List.of(type)).stream()
                .filter(e -> e.source().equals(source) && e.target().equals(target))
                .filter(e -> inYears(e.fromYear()))
                .toList();
        underlyingTitle.setText(getTranslation("flows.underlying", edges.size()));
        underlying.setItems(edges);
        underlying.setVisible(true);
        underlyingTitle.setVisible(true);
    }

    private boolean inYears(Integer year) {
        return year == null
                || ((fromYear.getValue() == null || year >= fromYear.getValue())
                        && (toYear.getValue() == null || year <= toYear.getValue()));
    }

    private static String details(Map<String, Object> properties) {
        Object detail = properties.getOrDefault(
                "channel",
                properties.getOrDefault(
                        "title", properties.getOrDefault("facility", properties.getOrDefault("majorCode", ""))));
        return String.valueOf(detail);
    }

    /** The organization id inside a Sankey node id ({@code out:} or {@code in:} and the key). */
    private static String key(String nodeId) {
        int colon = nodeId.indexOf(':');
        return colon < 0 ? nodeId : nodeId.substring(colon + 1);
    }

    private String label(FlowSummary.Node node) {
        if (grouping.getValue() == FlowGrouping.TYPE) {
            return getTranslation("entity.type." + node.type());
        }
        return english && node.nameEn() != null && !node.nameEn().isBlank() ? node.nameEn() : node.name();
    }

    /** The flows drawn now. */
    FlowSummary summary() {
        return summary;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("flows.title");
    }
}
