package com.consortiumexplorer.explore;

import com.consortiumexplorer.ui.Languages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The start page: every organization of the graph in a lazily loaded grid. */
@Route("")
@Menu(order = 0, icon = "vaadin:building", title = "nav.organizations")
@AnonymousAllowed
class OrganizationsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganizationDirectory directory;
    private final Grid<OrganizationSummary> grid = new Grid<>();

    OrganizationsView(OrganizationDirectory directory) {
        this.directory = directory;
        setSizeFull();
        add(new H2(getTranslation("organizations.title")), new Paragraph(getTranslation("organizations.intro")));
        configureGrid();
        add(grid);
    }

    private void configureGrid() {
        boolean english = Languages.isEnglish(getLocale());
        grid.setId("organizations-grid");
        grid.addColumn(o -> o.displayName(english))
                .setHeader(getTranslation("organization.name"))
                .setFlexGrow(3)
                .setResizable(true);
        grid.addColumn(o -> getTranslation("organization.type." + o.type().name()))
                .setHeader(getTranslation("organization.type"))
                .setFlexGrow(1);
        grid.addColumn(OrganizationSummary::city).setHeader(getTranslation("organization.city"));
        grid.addColumn(OrganizationSummary::founded).setHeader(getTranslation("organization.founded"));
        grid.addColumn(OrganizationSummary::id).setHeader(getTranslation("organization.id"));
        grid.setItems(query -> directory.list(query.getOffset(), query.getLimit()).stream(), query ->
                (int) directory.count());
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("organizations.empty"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organizations.title");
    }
}
