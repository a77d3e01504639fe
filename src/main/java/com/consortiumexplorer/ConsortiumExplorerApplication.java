package com.consortiumexplorer;

import com.consortiumexplorer.ingest.IngestCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Consortium Explorer: a knowledge-graph explorer for city-level industry-education consortia. Micrometer's GraphQL
 * observation, one per data fetcher, is left out (a tenth of the CPU of a large answer): {@code /graphql} is timed by
 * the HTTP server metrics, and explore/GraphQlLimits installs the API's guards as the schema's only instrumentation.
 * Excluded here rather than in application.properties, whose {@code spring.autoconfigure.exclude} would replace the
 * exclusions the command line sets for itself.
 */
@SpringBootApplication(
        excludeName = "org.springframework.boot.graphql.autoconfigure.observation.GraphQlObservationAutoConfiguration")
@ConfigurationPropertiesScan
public class ConsortiumExplorerApplication {

    public static void main(String[] args) {
        // import, export, generate, backup and restore run without the web server and exit with their own code.
        if (IngestCommandLine.isCommand(args)) {
            System.exit(IngestCommandLine.run(ConsortiumExplorerApplication.class, args, System.out));
        }
        SpringApplication.run(ConsortiumExplorerApplication.class, args);
    }
}
