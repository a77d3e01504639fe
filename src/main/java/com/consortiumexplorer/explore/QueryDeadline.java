package com.consortiumexplorer.explore;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

/**
 * Cancels an execution that runs past its time limit, so GraphQL Java fetches no further field and the
 * response reports the limit; marks the execution's context so the error can say why it stopped.
 */
final class QueryDeadline extends SimplePerformantInstrumentation {

    /** Key of the GraphQL context entry set when the deadline cancelled an execution. */
    static final String TIMED_OUT = QueryDeadline.class.getName() + ".timedOut";

    private final Duration timeout;

    QueryDeadline(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        ExecutionInput input = parameters.getExecutionInput();
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
