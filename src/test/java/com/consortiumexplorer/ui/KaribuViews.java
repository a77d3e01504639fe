package com.consortiumexplorer.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
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

    /** Ends the mocked session. */
    public static void stop() {
        MockVaadin.tearDown();
    }
}
