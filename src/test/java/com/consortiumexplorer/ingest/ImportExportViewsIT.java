package com.consortiumexplorer.ingest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consortiumexplorer.ExplorerIntegrationTest;
import com.consortiumexplorer.TestCypher;
import com.consortiumexplorer.ui.EntitySearch;
import com.consortiumexplorer.ui.KaribuViews;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The import and export pages on the real importer, exporter and embedded Neo4j, without a browser. */
@ExplorerIntegrationTest
class ImportExportViewsIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    Driver driver;

    private final String marker = "t-" + UUID.randomUUID();

    @AfterEach
    void cleanUp() {
        KaribuViews.stop();
        driver.executableQuery("MATCH (n:Organization) WHERE n.id STARTS WITH $marker DETACH DELETE n")
                .withParameters(Map.of("marker", marker))
                .execute();
    }

    private ImportView openImport() {
        KaribuViews.start(context, Locale.ENGLISH);
        KaribuViews.signIn(ExplorerIntegrationTest.ADMIN, "ADMIN", "EDITOR", "VIEWER");
        UI.getCurrent().navigate(ImportView.ROUTE);
        return _get(ImportView.class);
    }

    private static void awaitFinished(ImportView view) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!view.refresh()) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void anUploadedDocumentIsImportedAndReported() throws InterruptedException {
        ImportView view = openImport();
        String json = """
                {"format": "consortium-explorer", "version": 1,
                 "nodes": [{"label": "College", "properties": {"id": "%1$s-a", "name": "%1$s 甲"}},
                           {"label": "Enterprise", "properties": {"id": "%1$s-b", "name": "%1$s 乙"}}],
                 "relationships": [{"type": "COLLABORATES_WITH", "from": "%1$s-a", "to": "%1$s-b",
                                    "properties": {"kind": "JOINT_TRAINING", "since": 2022}}]}
                """.formatted(marker);
        view.submit("city.json", target -> Files.writeString(target, json));
        awaitFinished(view);
        assertThat(_get(Span.class, spec -> spec.withId("import-state")).getText())
                .isEqualTo("Imported");
        assertThat(_get(Div.class, spec -> spec.withId("import-report"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("3 rows read, 2 node rows and 1 relationship rows written");
        assertThat(TestCypher.count(
                        driver,
                        "MATCH (:College {id: $marker + '-a'})-[:COLLABORATES_WITH]-(:Enterprise {id: $marker + '-b'}) RETURN count(*)",
                        Map.of("marker", marker)))
                .isEqualTo(1);
    }

    @Test
    void aDocumentWithProblemsIsRejectedWithItsProblemsListed() throws InterruptedException {
        ImportView view = openImport();
        String json = """
                {"format": "consortium-explorer", "version": 1,
                 "nodes": [{"label": "College", "properties": {"id": "%1$s-a"}}], "relationships": []}
                """.formatted(marker);
        view.submit("broken.json", target -> Files.writeString(target, json));
        awaitFinished(view);
        assertThat(_get(Span.class, spec -> spec.withId("import-state")).getText())
                .isEqualTo("Rejected: nothing was written");
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(problems.isVisible()).isTrue();
        ImportProblem missingName = problems.getGenericDataView()
                .getItems()
                .filter(p -> p.code() == ImportProblem.Code.REQUIRED)
                .findFirst()
                .orElseThrow();
        assertThat(missingName.arguments()).containsExactly("name");
        assertThat(view.message(missingName)).isEqualTo("'name' is required").isEqualTo(missingName.message());
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(view.message(missingName)).isEqualTo("“name”为必填项");
        assertThat(TestCypher.count(
                        driver, "MATCH (n:College {id: $marker + '-a'}) RETURN count(n)", Map.of("marker", marker)))
                .isZero();
    }

    @Test
    void aFileOfAnotherKindIsRefusedAtOnce() {
        ImportView view = openImport();
        view.submit("notes.txt", target -> Files.writeString(target, "hello"));
        assertThat(_get(Span.class, spec -> spec.withId("import-state")).getText())
                .isEqualTo("Not imported: upload a .json file, a .zip of CSV files or one CSV file");
    }

    @Test
    void viewersCannotImport() {
        KaribuViews.start(context, Locale.ENGLISH);
        KaribuViews.signIn(ExplorerIntegrationTest.VIEWER, "VIEWER");
        assertThatThrownBy(() -> UI.getCurrent().navigate(ImportView.ROUTE))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(ImportView.class)).isEmpty();
    }

    @Test
    void exportOffersADownloadOnlyForAPartThatExists() {
        KaribuViews.start(context, Locale.ENGLISH);
        UI.getCurrent().navigate(ExportView.ROUTE, QueryParameters.of("neighbourhood", "col-ybvtc"));
        ExportView view = _get(ExportView.class);
        Anchor download = _get(Anchor.class, spec -> spec.withId("export-download"));
        assertThat(view.chosenScope()).contains(ExportScope.neighbourhood("col-ybvtc", 1));
        assertThat(download.isEnabled()).isTrue();
        assertThat(download.getHref()).isNotBlank();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<ExportScope.Kind> scope = _get(RadioButtonGroup.class, spec -> spec.withId("export-scope"));
        scope.setValue(ExportScope.Kind.CONSORTIUM);
        @SuppressWarnings("unchecked")
        ComboBox<EntitySearch.Result> centre = _get(ComboBox.class, spec -> spec.withId("export-centre"));
        centre.setValue(new EntitySearch.Result(marker, "CONSORTIUM", marker));
        assertThat(download.isEnabled()).isFalse();
        assertThat(_get(Div.class, spec -> spec.withId("export-problem")).getText())
                .isEqualTo("Nothing to export: " + marker + " is not in the graph.");

        scope.setValue(ExportScope.Kind.ALL);
        assertThat(download.isEnabled()).isTrue();
        assertThat(view.chosenScope()).contains(ExportScope.all());
    }
}
