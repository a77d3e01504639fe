package com.consortiumexplorer.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Sends visitors who are not signed in to the login page when anonymous reading is off. The views allow
 * anonymous access by annotation, because whether they may is a setting, not a property of the view.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ReadAccessGuard implements VaadinServiceInitListener {

    private final SecurityProperties properties;
    private final AuthenticationContext authentication;

    ReadAccessGuard(SecurityProperties properties, AuthenticationContext authentication) {
        this.properties = properties;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::guard));
    }

    private void guard(BeforeEnterEvent event) {
        if (properties.anonymousRead()
                || LoginView.class.equals(event.getNavigationTarget())
                || authentication.isAuthenticated()) {
            return;
        }
        event.forwardTo(LoginView.class);
    }
}
