package com.consortiumexplorer.explore;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The kinds of node an explorer shows, each with the Neo4j label that marks it and the property that keys it. */
public enum EntityType {
    /** A government body. */
    GOVERNMENT("Government", "id"),
    /** A college or school. */
    COLLEGE("College", "id"),
    /** An enterprise. */
    ENTERPRISE("Enterprise", "id"),
    /** A research institute. */
    RESEARCH_INSTITUTE("ResearchInstitute", "id"),
    /** An industry association. */
    INDUSTRY_ASSOCIATION("IndustryAssociation", "id"),
    /** A service agency. */
    SERVICE_AGENCY("ServiceAgency", "id"),
    /** A consortium. */
    CONSORTIUM("Consortium", "id"),
    /** A program (order class, apprenticeship, ...). */
    PROGRAM("Program", "id"),
    /** A project (research, training base, ...). */
    PROJECT("Project", "id"),
    /** A policy document. */
    POLICY("Policy", "id"),
    /** An industry of the national classification. */
    INDUSTRY("Industry", "code"),
    /** A major of the vocational catalogue. */
    MAJOR("Major", "code");

    private static final Map<String, EntityType> BY_LABEL =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EntityType::label, Function.identity()));

    private final String label;
    private final String key;

    EntityType(String label, String key) {
        this.label = label;
        this.key = key;
    }

    /** The Neo4j label of this kind. */
    public String label() {
        return label;
    }

    /** Whether this kind is one of the six kinds of organization. */
    public boolean isOrganization() {
        return ordinal() <= SERVICE_AGENCY.ordinal();
    }

    String key() {
        return key;
    }

    /** The kind whose label is among these labels; the organization kind wins over {@code :Organization}. */
    static Optional<EntityType> fromLabels(Iterable<String> labels) {
        for (String label : labels) {
            EntityType type = BY_LABEL.get(label);
            if (type != null) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
