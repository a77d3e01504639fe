package com.consortiumexplorer.graph;

import org.springframework.boot.data.neo4j.test.autoconfigure.DataNeo4jTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/** The same mapping round trip against a Neo4j server in a container; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
@DataNeo4jTest
@Import(SchemaMigrations.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ContainerMappingIT extends MappingRoundTrip {

    @Container
    @ServiceConnection
    static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:2026.08.1-community").withRandomPassword();
}
