package com.consortiumexplorer.graph;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded Neo4j engine that starts when no external Neo4j URI is configured.
 *
 * @param dataDir folder that holds the database files and the generated password file
 * @param boltPort loopback port of the Bolt connector; 0 picks a free one
 * @param pageCache page cache size in mebibytes
 */
@ConfigurationProperties("explorer.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("256") int pageCache) {}
