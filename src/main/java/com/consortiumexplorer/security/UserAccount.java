package com.consortiumexplorer.security;

import java.time.Instant;
import java.util.Set;

/**
 * A user account as shown to administrators; the password hash never leaves the service.
 *
 * @param username unique sign-in name
 * @param roles roles granted
 * @param enabled whether the account may sign in
 * @param createdAt when the account was created
 */
public record UserAccount(String username, Set<Role> roles, boolean enabled, Instant createdAt) {}
