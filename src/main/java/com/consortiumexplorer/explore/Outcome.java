package com.consortiumexplorer.explore;

import java.util.List;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a mutation produced: the changed object, or the reasons it was refused. A refusal marks the running
 * transaction rollback-only, so nothing a mutation wrote before it found the problem is committed.
 *
 * @param value the changed object, null when refused or removed
 * @param userErrors why it was refused; empty on success
 */
public record Outcome<T>(T value, List<UserError> userErrors) {

    /** A success. */
    public static <T> Outcome<T> done(T value) {
        return new Outcome<>(value, List.of());
    }

    /** A refusal; rolls the current transaction back. */
    public static <T> Outcome<T> refused(List<UserError> errors) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return new Outcome<>(null, List.copyOf(errors));
    }

    /** A refusal for one reason; rolls the current transaction back. */
    public static <T> Outcome<T> refused(String field, String message, UserError.Code code) {
        return refused(List.of(new UserError(List.of("input", field), message, code)));
    }

    /** Whether the mutation was refused. */
    public boolean isRefused() {
        return !userErrors.isEmpty();
    }
}
