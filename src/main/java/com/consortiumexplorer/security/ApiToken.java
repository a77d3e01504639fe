package com.consortiumexplorer.security;

import java.time.Instant;

/**
 * An API token as shown to administrators; its secret is shown once, when issued, and stored only hashed.
 *
 * @param id stable id, used to revoke it
 * @param name what the token is for, e.g. the tool that uses it
 * @param role what the token may do
 * @param createdAt when it was issued
 * @param expiresAt after this instant it is refused
 * @param revoked whether an administrator revoked it
 * @param createdBy the administrator who issued it
 */
public record ApiToken(
        String id, String name, Role role, Instant createdAt, Instant expiresAt, boolean revoked, String createdBy) {

    /** Whether the token may be used at the given instant. */
    public boolean isUsableAt(Instant instant) {
        return !revoked && instant.isBefore(expiresAt);
    }
}
