package com.consortiumexplorer.bench;

/** Who answers a question: our GraphQL API, the @neo4j/graphql peer, or plain Cypher through the Java driver. */
public enum Target {
    OURS("ours"),
    PEER("peer"),
    CYPHER("cypher");

    private final String label;

    Target(String label) {
        this.label = label;
    }

    /** Short name used in file names, CSV columns and JMH benchmark names. */
    public String label() {
        return label;
    }
}
