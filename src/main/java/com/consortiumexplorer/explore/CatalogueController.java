package com.consortiumexplorer.explore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL queries over programs, projects, majors and industries, and {@code node(id)}. */
@Controller
class CatalogueController {

    private final Catalogue catalogue;
    private final OrganizationDirectory directory;
    private final List<NodeLookup> lookups;

    CatalogueController(Catalogue catalogue, OrganizationDirectory directory, List<NodeLookup> lookups) {
        this.catalogue = catalogue;
        this.directory = directory;
        this.lookups = lookups;
    }

    @QueryMapping
    Object node(@Argument String id) {
        return catalogue.kindOf(id).flatMap(kind -> find(kind, id)).orElse(null);
    }

    private Optional<?> find(String kind, String id) {
        return switch (kind) {
            case "Organization" -> directory.find(id);
            case "Program" -> catalogue.program(id);
            case "Project" -> catalogue.project(id);
            case "Major" -> catalogue.major(id);
            case "Industry" -> catalogue.industry(id);
            default ->
                lookups.stream()
                        .filter(lookup -> lookup.kind().equals(kind))
                        .findFirst()
                        .flatMap(lookup -> lookup.find(id));
        };
    }

    @QueryMapping
    ProgramSummary program(@Argument String id) {
        return catalogue.program(id).orElse(null);
    }

    @QueryMapping
    Connection<ProgramSummary> programs(
            @Argument ProgramFilter filter, @Argument Integer first, @Argument String after) {
        return catalogue.programs(filter, ApiLimits.pageSize(first), after).toConnection();
    }

    @QueryMapping
    ProjectSummary project(@Argument String id) {
        return catalogue.project(id).orElse(null);
    }

    @QueryMapping
    Connection<ProjectSummary> projects(
            @Argument ProjectFilter filter, @Argument Integer first, @Argument String after) {
        return catalogue.projects(filter, ApiLimits.pageSize(first), after).toConnection();
    }

    @QueryMapping
    Connection<MajorSummary> majors(
            @Argument String industry, @Argument String nameContains, @Argument Integer first, @Argument String after) {
        return catalogue
                .majors(industry, nameContains, ApiLimits.pageSize(first), after)
                .toConnection();
    }

    @QueryMapping
    Connection<IndustrySummary> industries(
            @Argument String nameContains, @Argument Integer first, @Argument String after) {
        return catalogue
                .industries(nameContains, ApiLimits.pageSize(first), after)
                .toConnection();
    }

    @BatchMapping(typeName = "Program", field = "participants")
    Map<ProgramSummary, List<Participation>> programParticipants(List<ProgramSummary> programs) {
        return catalogue.participants(programs, ProgramSummary::id);
    }

    @BatchMapping(typeName = "Project", field = "participants")
    Map<ProjectSummary, List<Participation>> projectParticipants(List<ProjectSummary> projects) {
        return catalogue.participants(projects, ProjectSummary::id);
    }

    @BatchMapping(typeName = "Major", field = "industries")
    Map<MajorSummary, List<IndustrySummary>> majorIndustries(List<MajorSummary> majors) {
        return catalogue.industriesOf(majors);
    }
}
