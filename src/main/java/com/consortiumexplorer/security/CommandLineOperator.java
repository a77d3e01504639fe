package com.consortiumexplorer.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person running a command of the application jar. Whoever may start the jar on the data folder or with the
 * database's credentials already holds the whole graph, so the commands act as an administrator; they still go
 * through the services' role checks like every other caller, under the name {@value #NAME} in the audit trail.
 */
public final class CommandLineOperator {

    /** The actor name of command-line work. */
    public static final String NAME = "command-line";

    private CommandLineOperator() {}

    /** Runs work on this thread as the command-line operator and returns its result. */
    public static <T> T act(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                NAME, null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
