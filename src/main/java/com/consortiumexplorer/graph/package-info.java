/**
 * The graph model shared by every feature: the {@code @Node} entities and relationship properties of the
 * contract in DESIGN.md, their repositories, the schema migrations and the embedded Neo4j bootstrap.
 */
package com.consortiumexplorer.graph;
