package com.consortiumexplorer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Consortium Explorer: a knowledge-graph explorer for city-level industry-education consortia. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConsortiumExplorerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConsortiumExplorerApplication.class, args);
    }
}
