package com.consortiumexplorer;

import com.consortiumexplorer.ingest.IngestCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Consortium Explorer: a knowledge-graph explorer for city-level industry-education consortia. */
@SpringBootApplication
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
