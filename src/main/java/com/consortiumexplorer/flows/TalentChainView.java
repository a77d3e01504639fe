package com.consortiumexplorer.flows;

import com.consortiumexplorer.explore.ConsortiumPicker;
import com.consortiumexplorer.explore.GraphNavigator;
import com.consortiumexplorer.explore.GraphNode;
import com.consortiumexplorer.ui.EChart;
import com.consortiumexplorer.ui.Languages;
import com.consortiumexplorer.ui.YearField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Talent and chain: supply against demand per major (shortages in red) and how the industry, talent and
 * education chains meet per industry (uncovered industries flagged).
 */
@Route(TalentChainView.ROUTE)
@Menu(order = 4, icon = "vaadin:academy-cap", title = "nav.talent")
@AnonymousAllowed
public class TalentChainView extends VerticalLayout implements HasDynamicTitle {

    /** Path of the view. */
    public static final String ROUTE = "talent";

    private static final String SHORTAGE = "#c0392b";

    private final ChainAnalysis chains;
    private final boolean english;

    private final ConsortiumPicker consortium;
    private final YearField year;
    private final EChart balance = new EChart();
    private final EChart alignment = new EChart();
    private final Grid<ChainAlignment.Industry> flagged = new Grid<>();
    private final Span balanceYear = new Span();
    private TalentBalance talent;
    private ChainAlignment chain;

    TalentChainView(ChainAnalysis chains, GraphNavigator navigator) {
        this.chains = chains;
        this.english = Languages.isEnglish(getLocale());
        add(new H2(getTranslation("talent.title")), new Paragraph(getTranslation("talent.intro")));
        consortium = new ConsortiumPicker(navigator, english, "talent-consortium");
        year = new YearField(getTranslation("talent.year"));
        consortium.addValueChangeListener(e -> refresh());
        year.setId("talent-year");
        year.addValueChangeListener(e -> refresh());
        HorizontalLayout controls = new HorizontalLayout(consortium, year, balanceYear);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        balance.setId("talent-balance");
        balance.setHeight("26em");
        alignment.setId("talent-alignment");
        alignment.setHeight("34em");
        flagged.setId("talent-flagged");
        flagged.addColumn(i -> name(i.name(), i.nameEn())).setHeader(getTranslation("talent.industry"));
        flagged.addColumn(i -> getTranslation("talent.flag." + i.flag().name()))
                .setHeader(getTranslation("talent.flag"));
        flagged.addColumn(ChainAlignment.Industry::demand).setHeader(getTranslation("talent.demand"));
        flagged.addColumn(ChainAlignment.Industry::supply).setHeader(getTranslation("talent.supply"));
        flagged.setAllRowsVisible(true);
        flagged.setEmptyStateText(getTranslation("talent.flagged.none"));
        add(controls, new H3(getTranslation("talent.balance")), balance);
        add(new H3(getTranslation("talent.alignment")), alignment, new H3(getTranslation("talent.flagged")), flagged);
        refresh();
    }

    /** Recomputes and draws both charts. */
    void refresh() {
        String consortiumId =
                Optional.ofNullable(consortium.getValue()).map(GraphNode::id).orElse(null);
        talent = chains.talentBalance(consortiumId, year.getValue());
        chain = chains.chainAlignment(consortiumId);
        balanceYear.setText(getTranslation("talent.balance.year", talent.year()));
        drawBalance();
        drawAlignment();
        flagged.setItems(chain.industries().stream()
                .filter(i -> i.flag() != ChainAlignment.Flag.ALIGNED)
                .toList());
    }

    private void drawBalance() {
        List<TalentBalance.Major> majors = talent.majors();
        List<String> names =
                majors.stream().map(m -> name(m.name(), m.nameEn())).toList();
        List<Object> demand = new ArrayList<>();
        for (TalentBalance.Major m : majors) {
            // A major whose demand exceeds the intake is a shortage: its demand bar turns red.
            demand.add(m.gap() < 0 ? Map.of("value", m.demand(), "itemStyle", Map.of("color", SHORTAGE)) : m.demand());
        }
        balance.setOption(Map.of(
                "tooltip",
                Map.of("trigger", "axis"),
                "legend",
                Map.of("data", List.of(getTranslation("talent.supply"), getTranslation("talent.demand"))),
                "grid",
                Map.of("left", 60, "right", 20, "top", 30, "bottom", 120),
                "xAxis",
                Map.of(
                        "type",
                        "category",
                        "data",
                        names,
                        "axisLabel",
                        Map.of("rotate", 60, "fontSize", 9, "interval", 0)),
                "yAxis",
                Map.of("type", "value"),
                "series",
                List.of(
                        Map.of(
                                "name",
                                getTranslation("talent.supply"),
                                "type",
                                "bar",
                                "data",
                                majors.stream().map(TalentBalance.Major::intake).toList()),
                        Map.of("name", getTranslation("talent.demand"), "type", "bar", "data", demand))));
    }

    private void drawAlignment() {
        List<ChainAlignment.Industry> industries = chain.industries();
        long maxDemand = Math.max(
                1,
                industries.stream()
                        .mapToLong(ChainAlignment.Industry::demand)
                        .max()
                        .orElse(1));
        long maxSupply = Math.max(
                1,
                industries.stream()
                        .mapToLong(ChainAlignment.Industry::supply)
                        .max()
                        .orElse(1));
        int maxResearch = Math.max(
                1,
                industries.stream()
                        .mapToInt(i -> i.researchInstitutes().size())
                        .max()
                        .orElse(1));
        List<Object> cells = new ArrayList<>();
        List<Object> labels = new ArrayList<>();
        for (int row = 0; row < industries.size(); row++) {
            ChainAlignment.Industry industry = industries.get(row);
            // Each column is scaled to its own maximum so that headcounts, intakes and institute counts compare.
            cells.add(cell(0, row, industry.demand(), (double) industry.demand() / maxDemand));
            cells.add(cell(1, row, industry.supply(), (double) industry.supply() / maxSupply));
            cells.add(cell(
                    2,
                    row,
                    industry.researchInstitutes().size(),
                    (double) industry.researchInstitutes().size() / maxResearch));
            String name = name(industry.name(), industry.nameEn());
            labels.add(
                    industry.flag() == ChainAlignment.Flag.ALIGNED
                            ? name
                            : Map.of(
                                    "value",
                                    "⚠ " + name,
                                    "textStyle",
                                    Map.of("color", SHORTAGE, "fontWeight", "bold")));
        }
        alignment.setOption(Map.of(
                "tooltip", Map.of("position", "top"),
                "grid", Map.of("left", 260, "right", 20, "top", 30, "bottom", 60),
                "xAxis",
                        Map.of(
                                "type",
                                "category",
                                "position",
                                "top",
                                "data",
                                List.of(
                                        getTranslation("talent.demand"),
                                        getTranslation("talent.supply"),
                                        getTranslation("talent.research"))),
                "yAxis",
                        Map.of(
                                "type",
                                "category",
                                "inverse",
                                true,
                                "data",
                                labels,
                                "axisLabel",
                                Map.of("fontSize", 10, "interval", 0)),
                "visualMap",
                        Map.of(
                                "min",
                                0,
                                "max",
                                1,
                                "dimension",
                                2,
                                "show",
                                false,
                                "inRange",
                                Map.of("color", List.of("#fdf2e9", "#1f5fa8"))),
                "series",
                        List.of(Map.of(
                                "type",
                                "heatmap",
                                "data",
                                cells,
                                "label",
                                Map.of("show", true, "formatter", "{@[3]}")))));
    }

    private static List<Object> cell(int column, int row, long value, double scaled) {
        return List.of(column, row, scaled, value);
    }

    private String name(String name, String nameEn) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }

    /** The talent balance drawn now. */
    TalentBalance talent() {
        return talent;
    }

    /** The chain alignment drawn now. */
    ChainAlignment chain() {
        return chain;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("talent.title");
    }
}
