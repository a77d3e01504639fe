package com.consortiumexplorer.explore;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A guard whose verdict depends only on the document, the operation and the variables (the depth and complexity
 * limits), checked once for each such combination: the same question asked again with the same variables passes
 * without walking its document again. Each walk cost about a twentieth of the CPU of a small query. A refusal is
 * never remembered, so a refused operation is checked, and refused with the guard's own error, every time; only
 * operations with a few short scalar variables are remembered, so memory stays bounded.
 */
final class RememberedPasses extends SimplePerformantInstrumentation {

    /** Operations remembered, least recently used dropped first. */
    static final int MAX_OPERATIONS = 500;

    private static final int MAX_VARIABLES = 16;
    private static final int MAX_STRING_VARIABLE = 256;

    private final Instrumentation guard;
    private final Map<Operation, Boolean> passed = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Operation, Boolean> eldest) {
            return size() > MAX_OPERATIONS;
        }
    };

    /** @param guard a guard that acts only when the operation starts and decides from what the operation reads */
    RememberedPasses(Instrumentation guard) {
        this.guard = guard;
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return guard.createStateAsync(parameters);
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(
            InstrumentationValidationParameters parameters, InstrumentationState state) {
        return guard.beginValidation(parameters, state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        Operation operation = Operation.of(parameters.getExecutionContext());
        if (operation != null) {
            synchronized (passed) {
                if (passed.get(operation) != null) {
                    return null;
                }
            }
        }
        // a refusal throws here, before the operation could be remembered
        InstrumentationContext<ExecutionResult> context = guard.beginExecuteOperation(parameters, state);
        if (operation != null) {
            synchronized (passed) {
                passed.put(operation, Boolean.TRUE);
            }
        }
        return context;
    }

    /** What a depth or complexity verdict is decided from: the document's text, the operation and its variables. */
    private record Operation(String document, String name, Map<String, Object> variables) {

        /** The operation, or null when it is not worth remembering (a long document, large variables). */
        static Operation of(ExecutionContext context) {
            String document = context.getExecutionInput().getQuery();
            Map<String, Object> variables = context.getCoercedVariables().toMap();
            if (document.length() > DocumentCache.MAX_DOCUMENT_LENGTH
                    || variables.size() > MAX_VARIABLES
                    || !variables.values().stream().allMatch(Operation::shortScalar)) {
                return null;
            }
            return new Operation(document, context.getExecutionInput().getOperationName(), Map.copyOf(variables));
        }

        private static boolean shortScalar(Object value) {
            return value instanceof Number
                    || value instanceof Boolean
                    || value instanceof String text && text.length() <= MAX_STRING_VARIABLE;
        }
    }
}
