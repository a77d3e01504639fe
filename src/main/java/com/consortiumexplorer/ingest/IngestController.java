package com.consortiumexplorer.ingest;

import java.net.URI;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * HTTP entry points: {@code POST /api/import} (multipart, administrators only) queues an import and answers
 * with where to follow it, {@code GET /api/import/{id}} tells its status, {@code GET /api/export} streams the
 * graph or a part of it in the asked format.
 */
@RestController
class IngestController {

    private final ImportJobs jobs;
    private final GraphExporter exporter;

    IngestController(ImportJobs jobs, GraphExporter exporter) {
        this.jobs = jobs;
        this.exporter = exporter;
    }

    @PostMapping(path = "/api/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportStatus> submit(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "batchSize", defaultValue = "" + GeneratorSettings.DEFAULT_BATCH_SIZE) int batchSize,
            Principal principal) {
        ImportStatus status = jobs.submit(file.getOriginalFilename(), file::transferTo, batchSize, principal.getName());
        return ResponseEntity.accepted()
                .location(URI.create("/api/import/" + status.id()))
                .body(status);
    }

    @GetMapping("/api/import/{id}")
    ResponseEntity<ImportStatus> status(@PathVariable String id) {
        return ResponseEntity.of(jobs.status(id));
    }

    @GetMapping("/api/export")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(defaultValue = "json") String format,
            @RequestParam(required = false) String neighbourhood,
            @RequestParam(defaultValue = "1") int depth,
            @RequestParam(required = false) String consortium) {
        ExportFormat exportFormat = ExportFormat.of(format);
        ExportScope scope = neighbourhood != null
                ? ExportScope.neighbourhood(neighbourhood, depth)
                : consortium != null ? ExportScope.consortium(consortium) : ExportScope.all();
        exporter.requireScope(scope);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(exportFormat.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"consortium-explorer." + exportFormat.extension() + "\"")
                .body(out -> exporter.export(exportFormat, scope, out));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", e.getMessage()));
    }
}
