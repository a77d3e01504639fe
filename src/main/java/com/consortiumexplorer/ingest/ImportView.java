package com.consortiumexplorer.ingest;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Bulk import for administrators: upload a JSON document, a ZIP of CSV files or one CSV file, follow the
 * validation and writing on a progress bar, and read the report with every problem found.
 */
@Route(ImportView.ROUTE)
@Menu(order = 7, icon = "vaadin:upload", title = "nav.import")
@RolesAllowed("ADMIN")
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    /** Path of the view. */
    public static final String ROUTE = "import";

    private static final int POLL_MILLIS = 400;
    private static final Set<String> FINISHED = Set.of("COMPLETED", "REJECTED", "FAILED");

    private final ImportJobs jobs;
    private final transient AuthenticationContext authentication;
    private final IntegerField batchSize = new IntegerField();
    private final ProgressBar progress = new ProgressBar();
    private final Span state = new Span();
    private final Div report = new Div();
    private final Grid<ImportProblem> problems = new Grid<>();
    private String jobId;
    private Registration polling;

    ImportView(ImportJobs jobs, AuthenticationContext authentication) {
        this.jobs = jobs;
        this.authentication = authentication;
        setMaxWidth("70em");
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")));
        add(configureUpload(), batchSize, state, progress, report, configureProblems());
    }

    private Upload configureUpload() {
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> submit(
                metadata.fileName(),
                target -> Files.move(file.toPath(), target, StandardCopyOption.REPLACE_EXISTING))));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".json", ".zip", ".csv");
        upload.setMaxFiles(1);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(getTranslation("import.upload.add"))
                        .setMany(getTranslation("import.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(getTranslation("import.upload.drop"))
                        .setMany(getTranslation("import.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("import.upload.tooMany"))
                        .setFileIsTooBig(getTranslation("import.upload.tooBig"))
                        .setIncorrectFileType(getTranslation("import.upload.wrongType"))));
        batchSize.setId("import-batch-size");
        batchSize.setLabel(getTranslation("import.batchSize"));
        batchSize.setMin(1);
        batchSize.setValue(GeneratorSettings.DEFAULT_BATCH_SIZE);
        batchSize.setStepButtonsVisible(true);
        progress.setId("import-progress");
        progress.setVisible(false);
        state.setId("import-state");
        report.setId("import-report");
        return upload;
    }

    private Grid<ImportProblem> configureProblems() {
        problems.setId("import-problems");
        problems.addColumn(ImportProblem::file)
                .setHeader(getTranslation("import.problem.file"))
                .setAutoWidth(true);
        problems.addColumn(ImportProblem::line)
                .setHeader(getTranslation("import.problem.line"))
                .setAutoWidth(true);
        problems.addColumn(ImportProblem::column)
                .setHeader(getTranslation("import.problem.column"))
                .setAutoWidth(true);
        problems.addColumn(this::message)
                .setHeader(getTranslation("import.problem.message"))
                .setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        return problems;
    }

    /** A problem in the user's language: its code's message from the translations, with its arguments. */
    String message(ImportProblem problem) {
        // Formatted here rather than by getTranslation, which leaves a message without arguments unformatted.
        return new MessageFormat(getTranslation(problem.code().key()), getLocale())
                .format(problem.arguments().toArray());
    }

    /** Queues the import of an uploaded file and starts following it. */
    void submit(String fileName, ImportJobs.UploadWriter writer) {
        report.removeAll();
        problems.setVisible(false);
        try {
            Integer batch = batchSize.getValue();
            ImportStatus queued = jobs.submit(
                    fileName,
                    writer,
                    batch == null ? GeneratorSettings.DEFAULT_BATCH_SIZE : batch,
                    authentication.getPrincipalName().orElse("anonymous"));
            jobId = queued.id();
        } catch (IllegalArgumentException e) {
            state.setText(getTranslation("import.refused", e.getMessage()));
            return;
        }
        progress.setVisible(true);
        progress.setIndeterminate(true);
        getUI().ifPresent(ui -> {
            stopPolling(ui);
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(e -> refresh());
        });
        refresh();
    }

    /**
     * Shows the current state of the followed import; stops following when it finished.
     *
     * @return whether the import finished
     */
    boolean refresh() {
        Optional<ImportStatus> status = jobId == null ? Optional.empty() : jobs.status(jobId);
        if (status.isEmpty()) {
            return false;
        }
        ImportStatus current = status.get();
        state.setText(getTranslation("import.state." + current.state(), current.done(), current.total()));
        if (current.total() > 0) {
            progress.setIndeterminate(false);
            progress.setValue(Math.min(1.0, (double) current.done() / current.total()));
        }
        if (!FINISHED.contains(current.state())) {
            return false;
        }
        getUI().ifPresent(this::stopPolling);
        progress.setVisible(false);
        showReport(current);
        return true;
    }

    private void showReport(ImportStatus status) {
        report.removeAll();
        if (status.error() != null) {
            report.add(new Div(getTranslation("import.failed", status.error())));
            return;
        }
        ImportReport result = status.report();
        report.add(new Div(getTranslation(
                "import.report",
                result.rows(),
                result.nodes(),
                result.relationships(),
                result.took().toMillis())));
        if (result.resumedFrom() > 0) {
            report.add(new Div(getTranslation("import.resumed", result.resumedFrom())));
        }
        if (result.problemCount() > 0) {
            report.add(new Div(getTranslation("import.problems", result.problemCount())));
            problems.setItems(List.copyOf(result.problems()));
            problems.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }

    private void stopPolling(UI ui) {
        ui.setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
    }
}
