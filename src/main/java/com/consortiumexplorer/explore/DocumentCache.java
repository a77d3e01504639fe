package com.consortiumexplorer.explore;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Keeps the parsed and validated form of the most recently used GraphQL documents, so a client that sends the
 * same document again (dashboards, tools polling with variables) skips parsing and validation. Documents with
 * errors are not kept; the limits of depth, complexity and time still apply to every execution.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    /** Documents kept, least recently used dropped first. */
    static final int MAX_DOCUMENTS = 500;

    /** Longer documents are parsed every time rather than held in memory. */
    static final int MAX_DOCUMENT_LENGTH = 20_000;

    private final Map<String, PreparsedDocumentEntry> documents = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
            return size() > MAX_DOCUMENTS;
        }
    };

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry entry;
        synchronized (documents) {
            entry = documents.get(query);
        }
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (!entry.hasErrors() && query.length() <= MAX_DOCUMENT_LENGTH) {
                synchronized (documents) {
                    documents.put(query, entry);
                }
            }
        }
        return CompletableFuture.completedFuture(entry);
    }
}
