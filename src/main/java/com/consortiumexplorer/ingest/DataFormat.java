package com.consortiumexplorer.ingest;

import static com.consortiumexplorer.ingest.Column.bool;
import static com.consortiumexplorer.ingest.Column.date;
import static com.consortiumexplorer.ingest.Column.enumeration;
import static com.consortiumexplorer.ingest.Column.integer;
import static com.consortiumexplorer.ingest.Column.text;
import static com.consortiumexplorer.ingest.Column.year;

import com.consortiumexplorer.graph.AgencyService;
import com.consortiumexplorer.graph.CollegeKind;
import com.consortiumexplorer.graph.ConsortiumStatus;
import com.consortiumexplorer.graph.CooperationKind;
import com.consortiumexplorer.graph.EnterpriseSize;
import com.consortiumexplorer.graph.ExitReason;
import com.consortiumexplorer.graph.FundingChannel;
import com.consortiumexplorer.graph.GovernmentLevel;
import com.consortiumexplorer.graph.MemberRole;
import com.consortiumexplorer.graph.Ownership;
import com.consortiumexplorer.graph.ParticipationRole;
import com.consortiumexplorer.graph.PolicyLevel;
import com.consortiumexplorer.graph.ProgramKind;
import com.consortiumexplorer.graph.ProjectKind;
import com.consortiumexplorer.graph.ProjectStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The import and export format: one file per node label and per relationship type, with typed, validated
 * columns. It is the single description that the importer validates against, that export and the generator
 * write, and that the Cypher of the writer is built from (labels and types come only from here).
 */
public final class DataFormat {

    /** Largest amount of money in CNY accepted in one row (one trillion). */
    public static final long MAX_AMOUNT = 1_000_000_000_000L;

    static final String ORGANIZATION = "Organization";
    static final Set<String> ORGANIZATION_TYPES =
            Set.of("Government", "College", "Enterprise", "ResearchInstitute", "IndustryAssociation", "ServiceAgency");

    private static final long MAX_COUNT = 1_000_000L;

    /** Node files in dependency-free order: catalogues, organizations, then everything they join. */
    public static final List<NodeFile> NODE_FILES = List.of(
            new NodeFile(
                    "Industry",
                    "Industry",
                    List.of(text("code").asRequired(), text("name").asRequired(), text("nameEn")),
                    false),
            new NodeFile(
                    "Major",
                    "Major",
                    List.of(text("code").asRequired(), text("name").asRequired(), text("nameEn")),
                    false),
            organization("Government", enumeration("level", GovernmentLevel.class)),
            organization("College", enumeration("kind", CollegeKind.class)),
            organization(
                    "Enterprise",
                    enumeration("size", EnterpriseSize.class),
                    bool("leading"),
                    enumeration("ownership", Ownership.class)),
            organization("ResearchInstitute", text("field"), text("fieldEn")),
            organization("IndustryAssociation"),
            organization("ServiceAgency", enumeration("service", AgencyService.class)),
            new NodeFile(
                    "Consortium",
                    "Consortium",
                    List.of(
                            text("id").asRequired(),
                            text("name").asRequired(),
                            text("nameEn"),
                            text("city"),
                            date("established"),
                            enumeration("status", ConsortiumStatus.class),
                            text("description"),
                            text("descriptionEn"),
                            integer("version", 0, Long.MAX_VALUE)),
                    true),
            new NodeFile(
                    "Program",
                    "Program",
                    List.of(
                            text("id").asRequired(),
                            text("name").asRequired(),
                            text("nameEn"),
                            enumeration("kind", ProgramKind.class),
                            year("startYear"),
                            year("endYear"),
                            integer("capacity", 0, MAX_COUNT),
                            integer("version", 0, Long.MAX_VALUE)),
                    true),
            new NodeFile(
                    "Project",
                    "Project",
                    List.of(
                            text("id").asRequired(),
                            text("name").asRequired(),
                            text("nameEn"),
                            enumeration("kind", ProjectKind.class),
                            enumeration("status", ProjectStatus.class),
                            date("start"),
                            date("end"),
                            integer("budget", 0, MAX_AMOUNT),
                            integer("version", 0, Long.MAX_VALUE)),
                    true),
            new NodeFile(
                    "Policy",
                    "Policy",
                    List.of(
                            text("id").asRequired(),
                            text("title").asRequired(),
                            text("titleEn"),
                            date("issued"),
                            enumeration("level", PolicyLevel.class)),
                    false));

    private static final Set<String> ANY_ORGANIZATION = ORGANIZATION_TYPES;

    /** Relationship files; every endpoint must be in a node file or already in the database. */
    public static final List<RelationshipFile> RELATIONSHIP_FILES = List.of(
            new RelationshipFile("SERVES", Set.of("Major"), Set.of("Industry"), List.of(), List.of(), false),
            new RelationshipFile("OPERATES_IN", ANY_ORGANIZATION, Set.of("Industry"), List.of(), List.of(), false),
            new RelationshipFile(
                    "OFFERS",
                    Set.of("College"),
                    Set.of("Major"),
                    List.of(),
                    List.of(integer("annualIntake", 0, MAX_COUNT)),
                    false),
            new RelationshipFile(
                    "DEMANDS",
                    Set.of("Enterprise"),
                    Set.of("Major"),
                    List.of(year("year").asRequired()),
                    List.of(integer("headcount", 0, MAX_COUNT)),
                    false),
            new RelationshipFile(
                    "MEMBER_OF",
                    ANY_ORGANIZATION,
                    Set.of("Consortium"),
                    List.of(date("since").asRequired()),
                    List.of(
                            enumeration("role", MemberRole.class).asRequired(),
                            date("until"),
                            enumeration("exitReason", ExitReason.class)),
                    false),
            new RelationshipFile(
                    "PARTICIPATES_IN",
                    ANY_ORGANIZATION,
                    Set.of("Program", "Project"),
                    List.of(),
                    List.of(enumeration("role", ParticipationRole.class).asRequired()),
                    false),
            new RelationshipFile(
                    "COLLABORATES_WITH",
                    ANY_ORGANIZATION,
                    ANY_ORGANIZATION,
                    List.of(),
                    List.of(enumeration("kind", CooperationKind.class).asRequired(), year("since")),
                    true),
            new RelationshipFile(
                    "FUNDS",
                    ANY_ORGANIZATION,
                    union(ANY_ORGANIZATION, Set.of("Program", "Project")),
                    List.of(
                            year("year").asRequired(),
                            enumeration("channel", FundingChannel.class).asRequired()),
                    List.of(integer("amount", 0, MAX_AMOUNT).asRequired()),
                    false),
            new RelationshipFile(
                    "SUPPLIES_TALENT",
                    Set.of("College"),
                    Set.of("Enterprise"),
                    List.of(year("year").asRequired(), text("majorCode").asRequired()),
                    List.of(integer("graduates", 0, MAX_COUNT).asRequired()),
                    false),
            new RelationshipFile(
                    "TRANSFERS_TECHNOLOGY",
                    ANY_ORGANIZATION,
                    ANY_ORGANIZATION,
                    List.of(text("title").asRequired()),
                    List.of(integer("value", 0, MAX_AMOUNT), year("year")),
                    false),
            new RelationshipFile(
                    "SHARES_FACILITY",
                    ANY_ORGANIZATION,
                    ANY_ORGANIZATION,
                    List.of(text("facility").asRequired(), year("year").asRequired()),
                    List.of(integer("hours", 0, 8_784)),
                    false),
            new RelationshipFile("ISSUES", Set.of("Government"), Set.of("Policy"), List.of(), List.of(), false),
            new RelationshipFile(
                    "SUPPORTS",
                    Set.of("Policy"),
                    Set.of("Consortium", "Program", "Project"),
                    List.of(),
                    List.of(),
                    false));

    private DataFormat() {}

    /** The node file of this label, if the format has one. */
    public static Optional<NodeFile> nodeFile(String label) {
        return NODE_FILES.stream().filter(f -> f.label().equals(label)).findFirst();
    }

    /** The relationship file of this type, if the format has one. */
    public static Optional<RelationshipFile> relationshipFile(String type) {
        return RELATIONSHIP_FILES.stream().filter(f -> f.type().equals(type)).findFirst();
    }

    /** The label a node of this type label is merged and looked up on (the one with the unique key). */
    static String keyLabel(String label) {
        return ORGANIZATION_TYPES.contains(label) ? ORGANIZATION : label;
    }

    /** The key property of nodes of this type or key label: {@code code} for the catalogues, else {@code id}. */
    static String keyProperty(String label) {
        return label.equals("Industry") || label.equals("Major") ? "code" : "id";
    }

    private static NodeFile organization(String label, Column... specific) {
        List<Column> columns = new ArrayList<>(List.of(
                text("id").asRequired(),
                text("name").asRequired(),
                text("nameEn"),
                text("city"),
                text("regionCode").matching("\\d{6}"),
                year("founded"),
                text("description"),
                text("descriptionEn")));
        columns.addAll(List.of(specific));
        columns.add(integer("version", 0, Long.MAX_VALUE));
        return new NodeFile(label, ORGANIZATION, List.copyOf(columns), true);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
