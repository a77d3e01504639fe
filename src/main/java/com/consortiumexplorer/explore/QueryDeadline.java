package com.consortiumexplorer.explore;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

/**
 * Cancels a query that runs past its time limit, so GraphQL Java fetches no further field and the response
 * reports the limit; marks the execution's context so the error can say why it stopped.
 */
final class QueryDeadline extends SimplePerformantInstrumentation {

    /** Key of the GraphQL context entry set when the deadline cancelled an execution. */
    static final String TIMED_OUT = QueryDeadline.class.getName() + ".timedOut";

    private final Duration timeout;

    QueryDeadline(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        // A mutation is not cancelled: its transaction carries the same time limit, so it either commits and
        // its result is answered, or is rolled back with an error. Cancelling after the commit would report a
        // write that was made as failed.
        if (execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION) {
            return SimpleInstrumentationContext.noOp();
        }
        ExecutionInput input = execution.getExecutionInput();
        Disposable deadline = Schedulers.parallel()
                .schedule(
                        () -> {
                            input.getGraphQLContext().put(TIMED_OUT, true);
                            input.cancel();
                        },
                        timeout.toMillis(),
                        TimeUnit.MILLISECONDS);
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> deadline.dispose());
    }
}
