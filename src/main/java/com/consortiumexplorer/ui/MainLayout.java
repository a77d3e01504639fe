package com.consortiumexplorer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The application shell: title, navigation to every view, language switch and the signed-in user. It also names the
 * components of the explorer that no other part of the shell or the start page uses, so that the browser loads them
 * with the application's first script: a view's own components otherwise come in a chunk fetched only after Flow's
 * client has started, and a link to a neighbourhood waits for it. (Vaadin's {@code @LoadDependenciesOnStartup} would
 * do the same but makes every build rebuild the frontend bundle, which needs Node.js 24.)
 */
@Layout
@AnonymousAllowed
@Uses(GraphCanvas.class)
@Uses(ProgressBar.class)
@Uses(Dialog.class)
public class MainLayout extends AppLayout {

    private static final int SEARCH_RESULTS = 15;

    private final transient AuthenticationContext authentication;
    private final transient EntitySearch search;

    MainLayout(AuthenticationContext authentication, ObjectProvider<EntitySearch> search) {
        this.authentication = authentication;
        this.search = search.getIfAvailable();
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
        HorizontalLayout toolbar = new HorizontalLayout();
        if (search != null) {
            toolbar.add(searchBox());
        }
        toolbar.add(user, language);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        return toolbar;
    }

    /** A search box that lists matching names while the user types and opens the chosen one. */
    private ComboBox<EntitySearch.Result> searchBox() {
        boolean english = Languages.isEnglish(getLocale());
        ComboBox<EntitySearch.Result> box = new ComboBox<>();
        box.setId("global-search");
        box.setPlaceholder(getTranslation("search.placeholder"));
        box.setAriaLabel(getTranslation("search.placeholder"));
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setWidth("22em");
        box.setItemLabelGenerator(r -> r.label() + " · " + getTranslation("entity.type." + r.type()));
        box.setItems(query -> {
            String text = query.getFilter().orElse("");
            // The box pages by offset; search results are few and arrive in one page.
            if (query.getOffset() > 0 || text.isBlank()) {
                return Stream.empty();
            }
            return search.search(text, Math.min(query.getLimit(), SEARCH_RESULTS), english).stream();
        });
        box.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                String id = e.getValue().id();
                box.clear();
                UI.getCurrent().navigate(search.route(), QueryParameters.of("focus", id));
            }
        });
        return box;
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
