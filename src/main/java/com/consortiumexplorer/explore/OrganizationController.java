package com.consortiumexplorer.explore;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL queries over organizations. */
@Controller
class OrganizationController {

    private final OrganizationDirectory directory;

    OrganizationController(OrganizationDirectory directory) {
        this.directory = directory;
    }

    @QueryMapping
    OrganizationSummary organization(@Argument String id) {
        return directory.find(id).orElse(null);
    }

    @QueryMapping
    OrganizationConnection organizations(@Argument Integer first, @Argument String after) {
        int size = first == null ? 20 : first;
        String afterId = after == null ? null : Cursors.decode(after);
        return OrganizationConnection.of(directory.page(size, afterId));
    }
}
