package com.consortiumexplorer.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.springframework.context.ApplicationContext;

/**
 * Server-side UI tests without a browser (Karibu-Testing): the real views and services of the shared
 * application context, the real embedded Neo4j, a mocked Vaadin session.
 */
public final class KaribuViews {

    private static Routes routes;

    private KaribuViews() {}

    /** Starts a mocked Vaadin session whose UI speaks the given language. */
    public static void start(ApplicationContext context, Locale locale) {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("com.consortiumexplorer");
        }
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        UI.getCurrent().getSession().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    /** Starts a session in the given language and navigates to a view with a query string. */
    public static <T extends Component> T open(
            ApplicationContext context, Locale locale, String route, String query, Class<T> view) {
        start(context, locale);
        UI.getCurrent().navigate(route, QueryParameters.fromString(query));
        return LocatorJ._get(view);
    }

    /** Ends the mocked session. */
    public static void stop() {
        MockVaadin.tearDown();
    }
}
