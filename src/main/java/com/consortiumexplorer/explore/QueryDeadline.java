package com.consortiumexplorer.explore;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

/**
 * Cancels an execution that runs past its time limit, so GraphQL Java fetches no further field and the
 * response reports the limit; marks the execution's context so the error can say why it stopped. An operation
 * whose top-level fields are all whole-graph analytics gets the longer analytics allowance instead. A mutation is
 * never cancelled: its transaction carries the same time limit, so it either commits and its result is answered,
 * or is rolled back with an error; cancelling after the commit would report a write that was made as failed.
 */
final class QueryDeadline extends SimplePerformantInstrumentation {

    /** Key of the GraphQL context entry set when the deadline cancelled an execution. */
    static final String TIMED_OUT = QueryDeadline.class.getName() + ".timedOut";

    /** Key of the GraphQL context entry holding the time limit that applied to the execution. */
    static final String LIMIT = QueryDeadline.class.getName() + ".limit";

    private final Duration timeout;
    private final Duration analyticsTimeout;
    private final Set<String> analyticsFields;

    QueryDeadline(Duration timeout) {
        this(timeout, timeout, Set.of());
    }

    /**
     * @param timeout the limit of every request
     * @param analyticsTimeout the limit of an operation made only of the given top-level fields
     * @param analyticsFields names of the top-level query fields that get the analytics allowance
     */
    QueryDeadline(Duration timeout, Duration analyticsTimeout, Set<String> analyticsFields) {
        this.timeout = timeout;
        this.analyticsTimeout = analyticsTimeout;
        this.analyticsFields = Set.copyOf(analyticsFields);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        if (context.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION) {
            return SimpleInstrumentationContext.noOp();
        }
        Duration limit = onlyAnalytics(context) ? analyticsTimeout : timeout;
        context.getGraphQLContext().put(LIMIT, limit);
        Disposable deadline = Schedulers.parallel()
                .schedule(
                        () -> {
                            context.getGraphQLContext().put(TIMED_OUT, true);
                            context.getExecutionInput().cancel();
                        },
                        limit.toMillis(),
                        TimeUnit.MILLISECONDS);
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> deadline.dispose());
    }

    private boolean onlyAnalytics(ExecutionContext context) {
        var selections = context.getOperationDefinition().getSelectionSet().getSelections();
        return !analyticsFields.isEmpty()
                && !selections.isEmpty()
                && selections.stream().allMatch(s -> s instanceof Field f && analyticsFields.contains(f.getName()));
    }
}
