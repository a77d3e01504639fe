package com.consortiumexplorer.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Download of the whole audit trail as CSV, for administrators. */
@RestController
class AuditExportController {

    private final AuditTrail auditTrail;

    AuditExportController(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @GetMapping("/api/audit.csv")
    void export(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-trail.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        auditTrail.exportCsv(response.getWriter());
    }
}
