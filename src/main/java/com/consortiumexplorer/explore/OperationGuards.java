package com.consortiumexplorer.explore;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The API's operation-level guards (depth, complexity, time limit) as the one instrumentation of the schema.
 * None of them looks at single fields, so nothing runs per field: GraphQL Java's chain of instrumentations
 * visits every field of every answer for each member, which cost about a tenth of the CPU of a 500-object answer.
 * The guards run in the order given; the first that rejects the operation stops it.
 */
final class OperationGuards extends SimplePerformantInstrumentation {

    private final List<Instrumentation> guards;

    /** @param guards instrumentations that act only on state creation, validation and operation start */
    OperationGuards(List<? extends Instrumentation> guards) {
        this.guards = List.copyOf(guards);
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        // a guard without state answers null rather than a future
        List<CompletableFuture<InstrumentationState>> states = guards.stream()
                .map(guard -> guard.createStateAsync(parameters))
                .map(state -> state == null ? CompletableFuture.<InstrumentationState>completedFuture(null) : state)
                .toList();
        return CompletableFuture.allOf(states.toArray(CompletableFuture[]::new))
                .thenApply(done ->
                        new States(states.stream().map(CompletableFuture::join).toList()));
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(
            InstrumentationValidationParameters parameters, InstrumentationState state) {
        List<InstrumentationContext<List<ValidationError>>> contexts = new ArrayList<>();
        for (int i = 0; i < guards.size(); i++) {
            contexts.add(guards.get(i).beginValidation(parameters, stateOf(state, i)));
        }
        return all(contexts);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        List<InstrumentationContext<ExecutionResult>> contexts = new ArrayList<>();
        for (int i = 0; i < guards.size(); i++) {
            contexts.add(guards.get(i).beginExecuteOperation(parameters, stateOf(state, i)));
        }
        return all(contexts);
    }

    /** One context that tells each of the guards' contexts (a guard may answer null for none). */
    private static <T> InstrumentationContext<T> all(List<InstrumentationContext<T>> contexts) {
        List<InstrumentationContext<T>> present =
                contexts.stream().filter(Objects::nonNull).toList();
        return new InstrumentationContext<>() {
            @Override
            public void onDispatched() {
                present.forEach(InstrumentationContext::onDispatched);
            }

            @Override
            public void onCompleted(T result, Throwable failure) {
                present.forEach(context -> context.onCompleted(result, failure));
            }
        };
    }

    private static InstrumentationState stateOf(InstrumentationState state, int index) {
        return state instanceof States states ? states.of().get(index) : null;
    }

    /** The state of each guard, by position. */
    private record States(List<InstrumentationState> of) implements InstrumentationState {}
}
