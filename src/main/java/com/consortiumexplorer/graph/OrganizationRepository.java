package com.consortiumexplorer.graph;

import java.util.List;
import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Stores organizations with their outgoing relationships; graph-shaped reads go through Cypher instead. */
public interface OrganizationRepository extends Neo4jRepository<Organization, String> {

    /** Organizations whose city is the given one, by id. */
    List<Organization> findByCityOrderById(String city);
}
