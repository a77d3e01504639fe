package com.consortiumexplorer.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs imports submitted over HTTP one after another in the background and keeps their status, so that a
 * client can poll it. One at a time, because concurrent bulk writes would only contend for the same locks.
 */
@Component
class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final GraphImporter importer;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ImportStatus> statuses = new ConcurrentHashMap<>();

    ImportJobs(GraphImporter importer) {
        this.importer = importer;
    }

    /** Writes an upload to the file it is given. */
    @FunctionalInterface
    interface UploadWriter {
        void writeTo(Path target) throws IOException;
    }

    /**
     * Stores an upload under a name whose extension tells the importer its format, and queues its import.
     *
     * @param originalName the name the user's file had: a {@code .json}, a {@code .zip} of CSV files or one CSV
     *     file named after its label or relationship type
     * @throws IllegalArgumentException for any other kind of file, or a batch size below 1
     */
    ImportStatus submit(String originalName, UploadWriter writer, int batchSize, String actor) {
        String name = originalName == null ? "" : originalName.toLowerCase(Locale.ROOT);
        String extension =
                name.endsWith(".json") ? ".json" : name.endsWith(".zip") ? ".zip" : name.endsWith(".csv") ? "" : null;
        if (extension == null) {
            throw new IllegalArgumentException("upload a .json file, a .zip of CSV files or one CSV file");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        try {
            Path folder = Files.createTempDirectory("import-");
            // A single CSV keeps its own name, which tells the importer its label or type.
            Path upload = folder.resolve(
                    extension.isEmpty() ? Path.of(name).getFileName().toString() : "upload" + extension);
            writer.writeTo(upload);
            return submit(upload, batchSize, actor);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the upload", e);
        }
    }

    /**
     * Queues an import of an uploaded file, which the job deletes when done.
     *
     * @param upload the uploaded file, named so that its extension tells the format
     */
    ImportStatus submit(Path upload, int batchSize, String actor) {
        String id = UUID.randomUUID().toString();
        ImportStatus queued = new ImportStatus(id, "QUEUED", 0, -1, null, null);
        statuses.put(id, queued);
        // The job runs as whoever submitted it, so the importer's role check applies to that caller; the
        // context is taken now, through the holder's current strategy (which tests may replace).
        executor.submit(new DelegatingSecurityContextRunnable(
                () -> run(id, upload, batchSize, actor), SecurityContextHolder.getContext()));
        return queued;
    }

    Optional<ImportStatus> status(String id) {
        return Optional.ofNullable(statuses.get(id));
    }

    private void run(String id, Path upload, int batchSize, String actor) {
        try {
            ImportReport report = importer.importData(
                    upload,
                    batchSize,
                    actor,
                    (phase, done, total) -> statuses.put(
                            id, new ImportStatus(id, phase.toUpperCase(Locale.ROOT), done, total, null, null)));
            statuses.put(id, new ImportStatus(id, report.status().name(), report.rows(), report.rows(), report, null));
        } catch (RuntimeException e) {
            log.warn("Import {} failed", id, e);
            statuses.put(id, new ImportStatus(id, "FAILED", 0, -1, null, e.getMessage()));
        } finally {
            try {
                Files.deleteIfExists(upload);
                Files.deleteIfExists(upload.getParent());
            } catch (IOException e) {
                log.warn("Cannot delete the upload {}", upload, new UncheckedIOException(e));
            }
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
