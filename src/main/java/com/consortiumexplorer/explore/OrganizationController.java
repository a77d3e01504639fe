package com.consortiumexplorer.explore;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** GraphQL queries over organizations and their nested fields, each nested field batched over a page. */
@Controller
class OrganizationController {

    private final OrganizationDirectory directory;
    private final OrganizationRelations relations;

    private final OrganizationLists lists;

    OrganizationController(OrganizationDirectory directory, OrganizationRelations relations, OrganizationLists lists) {
        this.directory = directory;
        this.relations = relations;
        this.lists = lists;
        lists.register(OrganizationRelations.PROGRAMS, relations::programs);
        lists.register(OrganizationRelations.PROJECTS, relations::projects);
        lists.register(OrganizationRelations.COLLABORATIONS, relations::collaborations);
        lists.register(OrganizationRelations.OUTGOING_FLOWS, relations::outgoingFlows);
        lists.register(OrganizationRelations.INCOMING_FLOWS, relations::incomingFlows);
        lists.register(OrganizationRelations.INDUSTRIES, relations::industries);
    }

    /**
     * The organization with the list fields the request selects on it, all in one statement that projects only
     * the selected properties.
     */
    @QueryMapping
    OrganizationSummary organization(@Argument String id, DataFetchingEnvironment environment) {
        Lookahead selection = Lookahead.of(environment);
        return directory
                .find(id, lists.selected(selection), selection)
                .map(found -> lists.prime(environment, found))
                .orElse(null);
    }

    /**
     * A page with the list fields the request selects on its organizations in one statement that projects only
     * the selected properties, and the total only when it is selected.
     */
    @QueryMapping
    Connection<OrganizationSummary> organizations(
            @Argument OrganizationFilter filter,
            @Argument OrganizationOrder orderBy,
            @Argument Integer first,
            @Argument String after,
            DataFetchingEnvironment environment) {
        Lookahead selection = Lookahead.of(environment);
        Lookahead nodes = selection.at("edges").at("node");
        OrganizationDirectory.Parts parts = new OrganizationDirectory.Parts(
                selection.selects("edges") || selection.selects("pageInfo"),
                selection.selects("totalCount"),
                lists.selected(nodes),
                nodes);
        return directory
                .page(filter, orderBy, ApiLimits.pageSize(first), after, parts)
                .map(found -> lists.prime(environment, found))
                .toConnection();
    }

    @SchemaMapping(typeName = "Organization")
    CompletableFuture<List<Participation>> programs(
            OrganizationSummary organization, DataFetchingEnvironment environment) {
        return InterfaceBatches.load(environment, "Organization.programs", organization);
    }

    @SchemaMapping(typeName = "Organization")
    CompletableFuture<List<Participation>> projects(
            OrganizationSummary organization, DataFetchingEnvironment environment) {
        return InterfaceBatches.load(environment, "Organization.projects", organization);
    }

    @SchemaMapping(typeName = "Organization")
    CompletableFuture<List<CollaborationTie>> collaborations(
            OrganizationSummary organization, DataFetchingEnvironment environment) {
        return InterfaceBatches.load(environment, "Organization.collaborations", organization);
    }

    @SchemaMapping(typeName = "Organization")
    CompletableFuture<List<FlowRecord>> outgoingFlows(
            OrganizationSummary organization,
            @Argument List<FlowKind> kinds,
            @Argument Integer fromYear,
            @Argument Integer toYear,
            DataFetchingEnvironment environment) {
        return flows(
                environment, "Organization.outgoingFlows", organization, new FlowSelection(kinds, fromYear, toYear));
    }

    @SchemaMapping(typeName = "Organization")
    CompletableFuture<List<FlowRecord>> incomingFlows(
            OrganizationSummary organization,
            @Argument List<FlowKind> kinds,
            @Argument Integer fromYear,
            @Argument Integer toYear,
            DataFetchingEnvironment environment) {
        return flows(
                environment, "Organization.incomingFlows", organization, new FlowSelection(kinds, fromYear, toYear));
    }

    private static CompletableFuture<List<FlowRecord>> flows(
            DataFetchingEnvironment environment,
            String loader,
            OrganizationSummary organization,
            FlowSelection selection) {
        return InterfaceBatches.<OrganizationSummary, List<FlowRecord>>load(environment, loader, organization)
                .thenApply(selection::apply);
    }

    @SchemaMapping(typeName = "Organization")
    CompletableFuture<List<IndustrySummary>> industries(
            OrganizationSummary organization, DataFetchingEnvironment environment) {
        return InterfaceBatches.load(environment, "Organization.industries", organization);
    }

    @BatchMapping(typeName = "College")
    Map<OrganizationSummary, List<MajorOfferView>> offeredMajors(List<OrganizationSummary> colleges) {
        return relations.offeredMajors(colleges);
    }

    @BatchMapping(typeName = "Enterprise")
    Map<OrganizationSummary, List<MajorDemandView>> demandedMajors(List<OrganizationSummary> enterprises) {
        return relations.demandedMajors(enterprises);
    }
}
