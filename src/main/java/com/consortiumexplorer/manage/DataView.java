package com.consortiumexplorer.manage;

import com.consortiumexplorer.consortium.MembershipEditor;
import com.consortiumexplorer.explore.ActivityEditor;
import com.consortiumexplorer.explore.Catalogue;
import com.consortiumexplorer.explore.GraphNavigator;
import com.consortiumexplorer.explore.OrganizationDirectory;
import com.consortiumexplorer.explore.OrganizationEditor;
import com.consortiumexplorer.explore.ResourceEditor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Data management for editors: one tab per kind of change. Every form calls the same service as the matching
 * GraphQL mutation, so validation, version checks and the audit trail are the same.
 */
@Route(DataView.ROUTE)
@Menu(order = 6, icon = "vaadin:edit", title = "nav.data")
@RolesAllowed({"EDITOR", "ADMIN"})
public class DataView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Path of the view; {@code ?organization=<id>} opens that organization in the organization form. */
    public static final String ROUTE = "data";

    private final TabSheet tabs = new TabSheet();
    private final OrganizationForm organizations;

    DataView(
            OrganizationEditor organizationEditor,
            OrganizationDirectory directory,
            MembershipEditor membershipEditor,
            ResourceEditor resourceEditor,
            ActivityEditor activityEditor,
            Catalogue catalogue,
            GraphNavigator navigator) {
        organizations = new OrganizationForm(organizationEditor, directory, navigator);
        tabs.setId("data-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("data.tab.organizations"), organizations);
        tabs.add(getTranslation("data.tab.memberships"), new MembershipForm(membershipEditor, navigator));
        tabs.add(getTranslation("data.tab.collaborations"), new CollaborationForm(organizationEditor, navigator));
        tabs.add(getTranslation("data.tab.flows"), new FlowForm(resourceEditor, navigator));
        tabs.add(getTranslation("data.tab.programs"), new ProgramForm(activityEditor, navigator));
        tabs.add(getTranslation("data.tab.projects"), new ProjectForm(activityEditor, catalogue, navigator));
        setMaxWidth("70em");
        add(new H2(getTranslation("data.title")), new Paragraph(getTranslation("data.intro")), tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("organization")
                .ifPresent(organizations::load);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("data.title");
    }
}
