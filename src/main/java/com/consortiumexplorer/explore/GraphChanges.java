package com.consortiumexplorer.explore;

import com.consortiumexplorer.graph.GraphChange;
import java.time.Instant;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Publishes a {@link GraphChange} for every change a service makes, inside the transaction that writes it. */
@Component
public class GraphChanges {

    private final ApplicationEventPublisher events;

    GraphChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Publishes one change made by the current user. */
    public void publish(
            String operation, String entityType, String entityId, Map<String, ?> before, Map<String, ?> after) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        events.publishEvent(new GraphChange(
                operation,
                entityType,
                entityId,
                Map.copyOf(withoutNulls(before)),
                Map.copyOf(withoutNulls(after)),
                user == null ? "system" : user.getName(),
                Instant.now()));
    }

    private static Map<String, Object> withoutNulls(Map<String, ?> values) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (value != null) {
                copy.put(key, value);
            }
        });
        return copy;
    }
}
