package com.consortiumexplorer.graph;

import java.time.Instant;
import java.util.Map;

/**
 * A change to the graph, published as an application event by the service that makes it, inside the
 * transaction that writes it. Listeners record it in the audit trail (before commit) and stream it to
 * subscribers (after commit).
 *
 * @param operation the operation that made the change, e.g. {@code addOrganization}
 * @param entityType the kind of entity changed, e.g. {@code Organization} or {@code MEMBER_OF}
 * @param entityId the id of the changed entity (for a relationship: its endpoints' ids joined by {@code ->})
 * @param before the changed properties before the change (empty for a creation)
 * @param after the changed properties after the change (empty for a removal)
 * @param actor who made the change (user name, token name or {@code system})
 * @param at when the change was made
 */
public record GraphChange(
        String operation,
        String entityType,
        String entityId,
        Map<String, Object> before,
        Map<String, Object> after,
        String actor,
        Instant at) {}
