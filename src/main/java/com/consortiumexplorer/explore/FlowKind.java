package com.consortiumexplorer.explore;

/** The four kinds of resource flow, each stored as one relationship type. */
public enum FlowKind {
    FUNDING("FUNDS", "FundingFlow"),
    TALENT("SUPPLIES_TALENT", "TalentFlow"),
    TECHNOLOGY("TRANSFERS_TECHNOLOGY", "TechnologyFlow"),
    FACILITY("SHARES_FACILITY", "FacilityFlow");

    private final String relationshipType;
    private final String graphQlType;

    FlowKind(String relationshipType, String graphQlType) {
        this.relationshipType = relationshipType;
        this.graphQlType = graphQlType;
    }

    /** The relationship type that stores flows of this kind. */
    public String relationshipType() {
        return relationshipType;
    }

    String graphQlType() {
        return graphQlType;
    }

    /** The kind stored as the given relationship type. */
    public static FlowKind ofRelationshipType(String type) {
        for (FlowKind kind : values()) {
            if (kind.relationshipType.equals(type)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Not a flow relationship type: " + type);
    }
}
