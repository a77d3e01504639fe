package com.consortiumexplorer;

import com.consortiumexplorer.explore.ExplorerView;
import com.consortiumexplorer.explore.OrganizationsView;
import com.consortiumexplorer.security.LoginView;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.LoadDependenciesOnStartup;

/**
 * The page shell. The browser loads the components of the start page, the sign-in page and the explorer with the
 * application's first script, as Vaadin does by default for the first two only; the explorer's canvas (Cytoscape)
 * would otherwise be fetched after Flow's client has started, and a link to a neighbourhood waits for it.
 */
@LoadDependenciesOnStartup({OrganizationsView.class, LoginView.class, ExplorerView.class})
public class AppShell implements AppShellConfigurator {}
