package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class GraphQlAdmissionTests {

    private final GraphQlAdmission admission = new GraphQlAdmission("/graphql", 1, Duration.ofMillis(200));

    @Test
    void aRequestBeyondTheLimitWaitsAndIsRefusedWith503WhenItsTurnDoesNotCome() throws Exception {
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<MockHttpServletResponse> first = holdUntil(finish);

        MockHttpServletResponse refused = run((req, res) -> res.getWriter().write("ran"));

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("The server is busy")
                .contains("\"classification\":\"INTERNAL_ERROR\"")
                .doesNotContain("ran");
        finish.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(run((req, res) -> res.getWriter().write("ran")).getContentAsString())
                .as("the permit came back when the first request ended")
                .isEqualTo("ran");
    }

    @Test
    void anAsynchronousRequestHoldsItsTurnUntilItCompletes() throws Exception {
        MockHttpServletRequest request = graphQlRequest();
        admission.doFilter(request, new MockHttpServletResponse(), (req, res) -> req.startAsync());
        assertThat(request.isAsyncStarted()).isTrue();

        assertThat(run((req, res) -> res.getWriter().write("ran")).getStatus())
                .as("the asynchronous request still executes")
                .isEqualTo(503);

        ((MockAsyncContext) request.getAsyncContext()).complete();
        assertThat(run((req, res) -> res.getWriter().write("ran")).getContentAsString())
                .isEqualTo("ran");
    }

    @Test
    void otherPathsAndWebSocketUpgradesAreNotHeldBack() throws Exception {
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<MockHttpServletResponse> holder = holdUntil(finish);

        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/explore");
        MockHttpServletResponse pageResponse = new MockHttpServletResponse();
        admission.doFilter(page, pageResponse, (req, res) -> res.getWriter().write("page"));
        MockHttpServletRequest upgrade = graphQlRequest();
        upgrade.addHeader("Upgrade", "websocket");
        MockHttpServletResponse upgradeResponse = new MockHttpServletResponse();
        admission.doFilter(
                upgrade, upgradeResponse, (req, res) -> res.getWriter().write("socket"));

        assertThat(pageResponse.getContentAsString()).isEqualTo("page");
        assertThat(upgradeResponse.getContentAsString()).isEqualTo("socket");
        finish.countDown();
        assertThat(holder.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
    }

    /** Starts a request that takes the only permit and keeps it until the latch opens. */
    private CompletableFuture<MockHttpServletResponse> holdUntil(CountDownLatch finish) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<MockHttpServletResponse> holder = CompletableFuture.supplyAsync(() -> run((req, res) -> {
            running.countDown();
            await(finish);
        }));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        return holder;
    }

    private MockHttpServletResponse run(FilterChain chain) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            admission.doFilter(graphQlRequest(), response, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    private static MockHttpServletRequest graphQlRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
        request.setAsyncSupported(true);
        return request;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
