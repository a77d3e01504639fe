package com.consortiumexplorer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;

/** The application shell: title, navigation to every view, language switch and the signed-in user. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;

    MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        Languages.remembered(VaadinRequest.getCurrent()).ifPresent(this::applyLocale);
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), title(), toolbar());
        addToDrawer(navigation());
    }

    private H1 title() {
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        return title;
    }

    private HorizontalLayout toolbar() {
        Select<Locale> language = new Select<>();
        language.setId("language-switch");
        language.setItems(Languages.ALL);
        language.setItemLabelGenerator(l -> Languages.isEnglish(l) ? "English" : "中文");
        language.setValue(Languages.isEnglish(getLocale()) ? Languages.ENGLISH : Languages.CHINESE);
        language.setAriaLabel(getTranslation("app.language"));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Languages.remember(VaadinResponse.getCurrent(), e.getValue());
                applyLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        Span user = new Span(authentication
                .getPrincipalName()
                .map(name -> getTranslation("app.signedInAs", name))
                .orElse(getTranslation("app.anonymous")));
        user.setId("signed-in-user");
        HorizontalLayout toolbar = new HorizontalLayout(user, language);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        return toolbar;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private void applyLocale(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }
}
