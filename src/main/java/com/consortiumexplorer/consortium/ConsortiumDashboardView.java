package com.consortiumexplorer.consortium;

import com.consortiumexplorer.explore.ConsortiumPicker;
import com.consortiumexplorer.explore.EntityType;
import com.consortiumexplorer.explore.GraphEdge;
import com.consortiumexplorer.explore.GraphNavigator;
import com.consortiumexplorer.explore.GraphNode;
import com.consortiumexplorer.explore.PropertyText;
import com.consortiumexplorer.explore.RelationshipType;
import com.consortiumexplorer.explore.Subgraph;
import com.consortiumexplorer.ui.EChart;
import com.consortiumexplorer.ui.Languages;
import com.consortiumexplorer.ui.YearField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The consortium dashboard: members by type and role, the council, joins and exits over time, health
 * indicators with their definitions, and the programs and projects the consortium's policies support.
 */
@Route(ConsortiumDashboardView.ROUTE)
@Menu(order = 5, icon = "vaadin:dashboard", title = "nav.consortium")
@AnonymousAllowed
public class ConsortiumDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Path of the view; {@code ?id=<consortium id>} opens one. */
    public static final String ROUTE = "consortium";

    static final String DEFAULT_CONSORTIUM = "cons-battery";

    private final ConsortiumHealth health;
    private final GraphNavigator navigator;
    private final boolean english;

    private final ConsortiumPicker consortium;
    private final YearField year;
    private final FlexLayout indicators = new FlexLayout();
    private final EChart byType = new EChart();
    private final EChart byRole = new EChart();
    private final EChart changes = new EChart();
    private final Grid<Member> council = new Grid<>();
    private HealthReport report;

    /** A current member with its role and since when, for the council table. */
    record Member(GraphNode organization, String role, String since) {}

    ConsortiumDashboardView(ConsortiumHealth health, GraphNavigator navigator) {
        this.health = health;
        this.navigator = navigator;
        this.english = Languages.isEnglish(getLocale());
        add(new H2(getTranslation("consortium.title")), new Paragraph(getTranslation("consortium.intro")));
        consortium = new ConsortiumPicker(navigator, english, "consortium-picker");
        consortium.setClearButtonVisible(false);
        year = new YearField(getTranslation("talent.year"));
        consortium.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent()
                        .navigate(ROUTE, QueryParameters.of("id", e.getValue().id()));
            }
        });
        year.setId("consortium-year");
        year.addValueChangeListener(e -> {
            if (e.isFromClient() && consortium.getValue() != null) {
                show(consortium.getValue().id());
            }
        });
        indicators.setId("consortium-indicators");
        indicators.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        indicators.getStyle().set("gap", "var(--lumo-space-m)");
        for (EChart chart : List.of(byType, byRole, changes)) {
            chart.setHeight("16em");
            chart.setWidth("100%");
        }
        byType.setId("consortium-by-type");
        changes.setId("consortium-changes");
        council.setId("consortium-council");
        council.addColumn(m -> m.organization().displayName(english))
                .setHeader(getTranslation("organization.name"))
                .setFlexGrow(3);
        council.addColumn(m -> getTranslation("entity.type." + m.organization().type()))
                .setHeader(getTranslation("organization.type"));
        council.addColumn(m -> getTranslation("consortium.role." + m.role()))
                .setHeader(getTranslation("consortium.role"));
        council.addColumn(Member::since).setHeader(getTranslation("consortium.since"));
        council.setAllRowsVisible(true);
        HorizontalLayout charts =
                new HorizontalLayout(chartBox("consortium.byType", byType), chartBox("consortium.byRole", byRole));
        charts.setWidthFull();
        add(new HorizontalLayout(consortium, year), new H3(getTranslation("consortium.health")), indicators, charts);
        add(
                new H3(getTranslation("consortium.changes")),
                changes,
                new H3(getTranslation("consortium.council")),
                council);
    }

    private static Component chartBox(String title, EChart chart) {
        VerticalLayout box = new VerticalLayout(new H4(chart.getTranslation(title)), chart);
        box.setPadding(false);
        box.setWidth("50%");
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getLocation().getQueryParameters().getSingleParameter("id").orElse(DEFAULT_CONSORTIUM));
    }

    /** Shows the dashboard of a consortium. */
    void show(String id) {
        navigator.node(id).filter(n -> n.type() == EntityType.CONSORTIUM).ifPresent(node -> {
            consortium.setValue(node);
            report = health.consortiumHealth(id, year.getValue());
            year.setValue(report.year());
            showIndicators();
            byType.setOption(bars(report.membersByType(), "entity.type."));
            byRole.setOption(bars(report.membersByRole(), "consortium.role."));
            drawChanges();
            council.setItems(council(id));
        });
    }

    private void showIndicators() {
        indicators.removeAll();
        indicators.add(
                indicator("members", String.valueOf(report.members())),
                indicator("ties", String.valueOf(report.ties())),
                indicator("density", percent(report.density())),
                indicator("isolated", percent(report.isolatedShare())),
                indicator("crossType", percent(report.crossTypeShare())),
                indicator(
                        "tripleHelix",
                        String.format(Locale.ROOT, "%.2f", report.tripleHelix().balance())));
    }

    private Component indicator(String key, String value) {
        Span number = new Span(value);
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Span definition = new Span(getTranslation("consortium.indicator." + key + ".definition"));
        definition
                .getStyle()
                .set("font-size", "var(--lumo-font-size-xs)")
                .set("color", "var(--lumo-secondary-text-color)");
        Div card = new Div(
                new Div(new Span(getTranslation("consortium.indicator." + key))), new Div(number), new Div(definition));
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "8px")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("width", "13em");
        card.addClassName("indicator");
        return card;
    }

    private Map<String, Object> bars(List<HealthReport.Count> counts, String labelPrefix) {
        return Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("left", 40, "right", 10, "top", 10, "bottom", 50),
                "xAxis",
                        Map.of(
                                "type",
                                "category",
                                "data",
                                counts.stream()
                                        .map(c -> getTranslation(labelPrefix + c.key()))
                                        .toList(),
                                "axisLabel",
                                Map.of("interval", 0, "rotate", 30, "fontSize", 10)),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series",
                        List.of(Map.of(
                                "type",
                                "bar",
                                "data",
                                counts.stream().map(HealthReport.Count::count).toList())));
    }

    private void drawChanges() {
        List<HealthReport.MembershipChange> rows = report.membershipChanges();
        changes.setOption(Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend",
                        Map.of("data", List.of(getTranslation("consortium.joins"), getTranslation("consortium.exits"))),
                "grid", Map.of("left", 40, "right", 10, "top", 30, "bottom", 30),
                "xAxis",
                        Map.of(
                                "type",
                                "category",
                                "data",
                                rows.stream()
                                        .map(HealthReport.MembershipChange::year)
                                        .toList()),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series",
                        List.of(
                                Map.of(
                                        "name",
                                        getTranslation("consortium.joins"),
                                        "type",
                                        "bar",
                                        "data",
                                        rows.stream()
                                                .map(HealthReport.MembershipChange::joins)
                                                .toList()),
                                Map.of(
                                        "name",
                                        getTranslation("consortium.exits"),
                                        "type",
                                        "bar",
                                        "data",
                                        rows.stream()
                                                .map(HealthReport.MembershipChange::exits)
                                                .toList(),
                                        "itemStyle",
                                        Map.of("color", "#c0392b")))));
    }

    /** Members whose membership covers the report's year, council first. */
    private List<Member> council(String id) {
        Subgraph members = navigator
                .neighborhood(id, 1, List.of(RelationshipType.MEMBER_OF), null, report.year(), report.year(), 1000)
                .orElseThrow();
        Map<String, GraphNode> byId = new java.util.HashMap<>();
        members.nodes().forEach(n -> byId.put(n.id(), n));
        List<String> order = List.of("CHAIR", "VICE_CHAIR", "COUNCIL", "MEMBER");
        return members.edges().stream()
                .map(e -> member(byId.get(e.source()), e))
                .sorted(Comparator.comparing((Member m) -> order.indexOf(m.role()))
                        .thenComparing(m -> m.organization().name()))
                .toList();
    }

    private static Member member(GraphNode organization, GraphEdge membership) {
        return new Member(
                organization,
                String.valueOf(membership.properties().getOrDefault("role", "MEMBER")),
                PropertyText.of(membership.properties().get("since")));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** The health report shown now. */
    HealthReport report() {
        return report;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consortium.title");
    }
}
