package com.consortiumexplorer.graph;

import org.springframework.boot.data.neo4j.test.autoconfigure.DataNeo4jTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The mapping round trip against the embedded engine, with the schema migrations applied. */
@DataNeo4jTest(
        properties = {
            "explorer.embedded.bolt-port=0",
            "explorer.embedded.data-dir=target/it-neo4j/mapping-${random.uuid}",
            "explorer.embedded.page-cache=32"
        })
@Import({EmbeddedNeo4jConfiguration.class, SchemaMigrations.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class EmbeddedMappingIT extends MappingRoundTrip {}
