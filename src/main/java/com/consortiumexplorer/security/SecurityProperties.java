package com.consortiumexplorer.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access settings.
 *
 * @param anonymousRead whether visitors who are not signed in may read the graph (UI, GraphQL queries)
 */
@ConfigurationProperties("explorer.security")
public record SecurityProperties(@DefaultValue("true") boolean anonymousRead) {}
