package com.consortiumexplorer.explore;

import com.consortiumexplorer.graph.GraphChange;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Streams every committed {@link GraphChange} to {@code graphChanged} subscribers. Changes arrive after their
 * transaction commits, so a subscriber never sees a change that was rolled back.
 */
@Controller
class GraphChangeStream {

    /** Changes a slow subscriber may lag behind before it misses some. */
    private static final int BUFFER = 256;

    private final Sinks.Many<GraphChangeView> sink = Sinks.many().multicast().directBestEffort();

    /** One change as the subscription sends it; property values as JSON-friendly text and numbers. */
    record GraphChangeView(
            String operation,
            String entityType,
            String entityId,
            Map<String, Object> before,
            Map<String, Object> after,
            String actor,
            java.time.OffsetDateTime at) {

        static GraphChangeView of(GraphChange change) {
            return new GraphChangeView(
                    change.operation(),
                    change.entityType(),
                    change.entityId(),
                    plain(change.before()),
                    plain(change.after()),
                    change.actor(),
                    change.at().atOffset(ZoneOffset.UTC));
        }

        private static Map<String, Object> plain(Map<String, Object> values) {
            Map<String, Object> plain = new LinkedHashMap<>();
            values.forEach((key, value) -> plain.put(
                    key,
                    value instanceof Number || value instanceof Boolean || value instanceof String
                            ? value
                            : String.valueOf(value)));
            return plain;
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void committed(GraphChange change) {
        sink.tryEmitNext(GraphChangeView.of(change));
    }

    @SubscriptionMapping
    Flux<GraphChangeView> graphChanged(@Argument List<String> types) {
        return sink.asFlux()
                .filter(change -> types == null || types.isEmpty() || types.contains(change.entityType()))
                .onBackpressureBuffer(BUFFER);
    }
}
