package com.consortiumexplorer.ingest;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Answers an upload beyond the configured size with 413 and the limit. The upload is refused while the request
 * is parsed, before any controller runs, so the answer comes from here rather than from the import endpoint.
 */
@RestControllerAdvice
class UploadLimit {

    private final DataSize maxFileSize;

    UploadLimit(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(Map.of(
                        "error",
                        "The upload is larger than the limit of " + maxFileSize.toMegabytes()
                                + " MB (spring.servlet.multipart.max-file-size); split the input into several files"));
    }
}
