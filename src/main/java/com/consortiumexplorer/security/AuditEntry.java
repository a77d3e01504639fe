package com.consortiumexplorer.security;

import java.time.Instant;

/**
 * One committed change in the audit trail.
 *
 * @param id stable id of the entry
 * @param at when the change was made
 * @param actor who made it (user name, {@code token:<name>} or {@code system})
 * @param operation the operation, e.g. {@code addOrganization}
 * @param entityType the kind of entity changed
 * @param entityId the id of the changed entity
 * @param before the changed values before, as JSON
 * @param after the changed values after, as JSON
 */
public record AuditEntry(
        String id,
        Instant at,
        String actor,
        String operation,
        String entityType,
        String entityId,
        String before,
        String after) {}
