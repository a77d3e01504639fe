package com.consortiumexplorer.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access settings.
 *
 * @param anonymousRead whether visitors who are not signed in may read the graph (UI, GraphQL queries)
 * @param adminUsername user name of the first administrator, created when no administrator exists
 * @param adminPassword password of the first administrator ({@code EXPLORER_ADMIN_PASSWORD}); when empty a
 *     random one is generated and written to the log once
 */
@ConfigurationProperties("explorer.security")
public record SecurityProperties(
        @DefaultValue("true") boolean anonymousRead,
        @DefaultValue("admin") String adminUsername,
        String adminPassword) {}
