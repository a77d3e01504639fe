package com.consortiumexplorer.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting right now, for audit records. */
public final class Actors {

    /** The actor name used when no one is signed in (start-up work, the command line). */
    public static final String SYSTEM = "system";

    private Actors() {}

    /** The signed-in user or token name, or {@link #SYSTEM}. */
    public static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
