package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.execution.GraphQlSource;

/** The guards in one instrumentation still refuse what each refused alone, and let the rest run. */
class OperationGuardsTests {

    private static final String SCHEMA =
            "type Query { item(name: String): Item, items: [Item] } type Item { name: String, child: Item }";

    private static GraphQL graphQl(Instrumentation guards) {
        return GraphQlSource.schemaResourceBuilder()
                .schemaResources(new ByteArrayResource(SCHEMA.getBytes()))
                .configureRuntimeWiring(wiring -> wiring.type(
                                "Query",
                                type -> type.dataFetcher("item", env -> Map.of("name", "a"))
                                        .dataFetcher("items", env -> List.of(Map.of("name", "a"), Map.of("name", "b"))))
                        .type("Item", type -> type.dataFetcher("child", env -> Map.of("name", "c"))))
                .configureGraphQl(builder -> builder.instrumentation(guards))
                .build()
                .graphQl();
    }

    private static OperationGuards guards(int depth, int complexity) {
        return new OperationGuards(List.of(
                new MaxQueryDepthInstrumentation(depth),
                new MaxQueryComplexityInstrumentation(complexity),
                new QueryDeadline(Duration.ofSeconds(5))));
    }

    @Test
    void anOperationWithinEveryLimitRuns() {
        ExecutionResult result = graphQl(guards(3, 10)).execute("{ item { name child { name } } }");
        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData())
                .isEqualTo(Map.of("item", Map.of("name", "a", "child", Map.of("name", "c"))));
    }

    @Test
    void tooDeepAnOperationIsRefused() {
        assertRefused(graphQl(guards(2, 100)).execute("{ item { child { child { name } } } }"), "depth");
    }

    @Test
    void tooComplexAnOperationIsRefused() {
        assertRefused(
                graphQl(guards(10, 3)).execute("{ a: item { name } b: item { name } c: items { name } }"),
                "complexity");
    }

    /** One error naming the limit, and nothing executed. */
    private static void assertRefused(ExecutionResult result, String limit) {
        assertThat(result.getErrors())
                .singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains(limit));
        assertThat(result.<Object>getData()).isNull();
    }

    @Test
    void aPassIsRememberedForTheSameDocumentAndVariablesButARefusalNever() {
        AtomicInteger checks = new AtomicInteger();
        MaxQueryDepthInstrumentation depth = new MaxQueryDepthInstrumentation(2) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                checks.incrementAndGet();
                return super.beginExecuteOperation(parameters, state);
            }
        };
        GraphQL graphQl = graphQl(new OperationGuards(List.of(new RememberedPasses(depth))));
        String named = "query ($name: String) { item(name: $name) { name } }";

        for (int i = 0; i < 3; i++) {
            ExecutionResult result = graphQl.execute(ExecutionInput.newExecutionInput(named)
                    .variables(Map.of("name", "a"))
                    .build());
            assertThat(result.getErrors()).isEmpty();
            assertThat(result.<Map<String, Object>>getData()).isEqualTo(Map.of("item", Map.of("name", "a")));
        }
        assertThat(checks).hasValue(1);
        graphQl.execute(ExecutionInput.newExecutionInput(named)
                .variables(Map.of("name", "b"))
                .build());
        assertThat(checks).hasValue(2);

        for (int i = 0; i < 2; i++) {
            assertRefused(graphQl.execute("{ item { child { child { name } } } }"), "depth");
        }
        assertThat(checks).hasValue(4);
    }
}
