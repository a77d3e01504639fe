package com.consortiumexplorer.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

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

    /**
     * Signs a user with these roles in, for Spring Security (the services' {@code @PreAuthorize}) and for the
     * mocked request (Vaadin's view access checks). Roles imply the lower ones, as in the application.
     */
    public static void signIn(String user, String... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authorities.contains(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    /** Ends the mocked session and signs out. */
    public static void stop() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
