package com.consortiumexplorer.graph;

import java.util.Arrays;
import java.util.Optional;

/** The six kinds of actor; each maps to exactly one type label that sits next to {@code :Organization}. */
public enum OrganizationType {
    GOVERNMENT("Government"),
    COLLEGE("College"),
    ENTERPRISE("Enterprise"),
    RESEARCH_INSTITUTE("ResearchInstitute"),
    INDUSTRY_ASSOCIATION("IndustryAssociation"),
    SERVICE_AGENCY("ServiceAgency");

    private final String label;

    OrganizationType(String label) {
        this.label = label;
    }

    /** The Neo4j type label of this kind, also the GraphQL object type name. */
    public String label() {
        return label;
    }

    /** The kind whose type label is among the given labels, if any. */
    public static Optional<OrganizationType> fromLabels(Iterable<String> labels) {
        for (String label : labels) {
            Optional<OrganizationType> type =
                    Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
            if (type.isPresent()) {
                return type;
            }
        }
        return Optional.empty();
    }
}
