package com.consortiumexplorer.graph;

import java.net.URI;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded engine when no external Neo4j URI is configured and hands its Bolt address to Spring's
 * driver. The driver depends on the engine, so Spring closes the driver first and the engine last.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isBlank()")
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(
            EmbeddedNeo4jProperties properties,
            @Value("${spring.neo4j.authentication.username:}") String username,
            @Value("${spring.neo4j.authentication.password:}") String password) {
        return EmbeddedNeo4j.start(properties, username, password);
    }

    /** The engine's default database, for the reads that run in process ({@link GraphReads}). */
    @Bean
    GraphDatabaseService embeddedGraphDatabase(EmbeddedNeo4j embeddedNeo4j) {
        return embeddedNeo4j.database();
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embeddedNeo4j) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return URI.create(embeddedNeo4j.boltUri());
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.basic(embeddedNeo4j.username(), embeddedNeo4j.password());
            }
        };
    }
}
