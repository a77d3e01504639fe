package com.consortiumexplorer.explore;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a bounded number of GraphQL HTTP requests execute at once and queues the others in arrival order. On two
 * cores, sixty-four requests executing together share the processor so thinly that a write holding locks cannot
 * reach its commit within the transaction time limit; queued before execution, a request starts its time limit
 * only once admitted. A request that waits longer than the queue allowance gets 503 with a GraphQL error and
 * {@code Retry-After}, nothing executed. Subscriptions over WebSocket are not held back.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlAdmission extends OncePerRequestFilter {

    private final String path;
    private final Semaphore permits;
    private final Duration queueTimeout;

    /**
     * @param concurrent requests executing at once, {@code explorer.api.concurrent-requests}; 0 means four per
     *     processor
     * @param queueTimeout the longest a request waits for its turn, {@code explorer.api.queue-timeout}
     */
    GraphQlAdmission(
            @Value("${spring.graphql.http.path:/graphql}") String path,
            @Value("${explorer.api.concurrent-requests:0}") int concurrent,
            @Value("${explorer.api.queue-timeout:30s}") Duration queueTimeout) {
        if (concurrent < 0) {
            throw new IllegalArgumentException("explorer.api.concurrent-requests must be 0 (automatic) or more");
        }
        this.path = path;
        this.permits =
                new Semaphore(concurrent == 0 ? 4 * Runtime.getRuntime().availableProcessors() : concurrent, true);
        this.queueTimeout = queueTimeout;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !path.equals(request.getRequestURI()) || request.getHeader(HttpHeaders.UPGRADE) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!admit()) {
            busy(response);
            return;
        }
        Release release = new Release();
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(release);
            } else {
                release.run();
            }
        }
    }

    private boolean admit() {
        try {
            return permits.tryAcquire(queueTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void busy(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write("""
                {"errors":[{"message":"The server is busy: the request waited %d s for its turn and was not run; \
                try again","extensions":{"classification":"INTERNAL_ERROR"}}]}""".formatted(queueTimeout.toSeconds()).getBytes(StandardCharsets.UTF_8));
    }

    /** Gives the permit back once, whether the request ends on its thread or after an asynchronous dispatch. */
    private final class Release implements AsyncListener, Runnable {

        private final AtomicBoolean done = new AtomicBoolean();

        @Override
        public void run() {
            if (done.compareAndSet(false, true)) {
                permits.release();
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
            run();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            run();
        }

        @Override
        public void onError(AsyncEvent event) {
            run();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
