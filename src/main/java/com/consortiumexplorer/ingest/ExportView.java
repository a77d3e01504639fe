package com.consortiumexplorer.ingest;

import com.consortiumexplorer.ui.EntitySearch;
import com.consortiumexplorer.ui.Languages;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Export for anyone who may read: the whole graph, the neighbourhood of one node or one consortium, as the
 * lossless JSON document, a ZIP of import-format CSV files, or GraphML for Gephi and Cytoscape.
 */
@Route(ExportView.ROUTE)
@Menu(order = 8, icon = "vaadin:download", title = "nav.export")
@AnonymousAllowed
public class ExportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Path of the view; {@code ?neighbourhood=<id>} or {@code ?consortium=<id>} preselects a part. */
    public static final String ROUTE = "export";

    private static final int SEARCH_RESULTS = 15;

    private final GraphExporter exporter;
    private final Select<ExportFormat> format = new Select<>();
    private final RadioButtonGroup<ExportScope.Kind> scope = new RadioButtonGroup<>();
    private final ComboBox<EntitySearch.Result> centre = new ComboBox<>();
    private final Select<Integer> depth = new Select<>();
    private final Div problem = new Div();
    private final Anchor download = new Anchor();

    ExportView(GraphExporter exporter, ObjectProvider<EntitySearch> search) {
        this.exporter = exporter;
        boolean english = Languages.isEnglish(getLocale());
        format.setId("export-format");
        format.setLabel(getTranslation("export.format"));
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("export.format." + f.name()));
        format.setValue(ExportFormat.JSON);
        scope.setId("export-scope");
        scope.setLabel(getTranslation("export.scope"));
        scope.setItems(ExportScope.Kind.values());
        scope.setItemLabelGenerator(k -> getTranslation("export.scope." + k.name()));
        scope.setValue(ExportScope.Kind.ALL);
        centre.setId("export-centre");
        centre.setLabel(getTranslation("export.centre"));
        centre.setPlaceholder(getTranslation("search.placeholder"));
        centre.setItemLabelGenerator(
                r -> r.type().isEmpty() ? r.label() : r.label() + " · " + getTranslation("entity.type." + r.type()));
        EntitySearch names = search.getIfAvailable();
        centre.setItems(query -> {
            String text = query.getFilter().orElse("");
            if (names == null || query.getOffset() > 0 || text.isBlank()) {
                return Stream.empty();
            }
            return names.search(text, Math.min(query.getLimit(), SEARCH_RESULTS), english).stream()
                    .filter(r -> scope.getValue() != ExportScope.Kind.CONSORTIUM || "CONSORTIUM".equals(r.type()));
        });
        depth.setId("export-depth");
        depth.setLabel(getTranslation("export.depth"));
        depth.setItems(1, 2, 3);
        depth.setValue(1);
        problem.setId("export-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        download.setId("export-download");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation("export.download")));
        format.addValueChangeListener(e -> update());
        scope.addValueChangeListener(e -> update());
        centre.addValueChangeListener(e -> update());
        depth.addValueChangeListener(e -> update());
        setMaxWidth("60em");
        add(
                new H2(getTranslation("export.title")),
                new Paragraph(getTranslation("export.intro")),
                new FormLayout(format, scope, centre, depth),
                problem,
                download);
        update();
    }

    /** The part of the graph the form describes, or empty with the reason shown when it is incomplete. */
    Optional<ExportScope> chosenScope() {
        ExportScope.Kind kind = scope.getValue();
        if (kind == ExportScope.Kind.ALL) {
            return Optional.of(ExportScope.all());
        }
        if (centre.getValue() == null) {
            problem.setText(getTranslation("export.centreRequired"));
            return Optional.empty();
        }
        ExportScope chosen = kind == ExportScope.Kind.NEIGHBOURHOOD
                ? ExportScope.neighbourhood(centre.getValue().id(), depth.getValue())
                : ExportScope.consortium(centre.getValue().id());
        try {
            exporter.requireScope(chosen);
            return Optional.of(chosen);
        } catch (IllegalArgumentException e) {
            problem.setText(getTranslation("export.unknown", centre.getValue().label()));
            return Optional.empty();
        }
    }

    private void update() {
        problem.setText("");
        centre.setVisible(scope.getValue() != ExportScope.Kind.ALL);
        depth.setVisible(scope.getValue() == ExportScope.Kind.NEIGHBOURHOOD);
        ExportFormat chosenFormat = format.getValue();
        Optional<ExportScope> chosen = chosenScope();
        download.setEnabled(chosen.isPresent());
        if (chosen.isEmpty()) {
            download.removeHref();
            return;
        }
        ExportScope part = chosen.get();
        download.setHref((DownloadHandler) event -> {
            String name = "consortium-explorer"
                    + (part.kind() == ExportScope.Kind.ALL ? "" : "-" + part.id())
                    + "." + chosenFormat.extension();
            event.setFileName(name);
            event.setContentType(chosenFormat.mediaType());
            exporter.export(chosenFormat, part, event.getOutputStream());
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter("neighbourhood").ifPresent(id -> preselect(ExportScope.Kind.NEIGHBOURHOOD, id));
        query.getSingleParameter("consortium").ifPresent(id -> preselect(ExportScope.Kind.CONSORTIUM, id));
    }

    private void preselect(ExportScope.Kind kind, String id) {
        scope.setValue(kind);
        centre.setValue(new EntitySearch.Result(id, kind == ExportScope.Kind.CONSORTIUM ? "CONSORTIUM" : "", id));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("export.title");
    }
}
