package com.consortiumexplorer.explore;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** GraphQL queries over organizations and their nested fields, each nested field batched over a page. */
@Controller
class OrganizationController {

    private final OrganizationDirectory directory;
    private final OrganizationRelations relations;

    OrganizationController(
            OrganizationDirectory directory, OrganizationRelations relations, BatchLoaderRegistry loaders) {
        this.directory = directory;
        this.relations = relations;
        InterfaceBatches.register(loaders, "Organization.programs", relations::programs);
        InterfaceBatches.register(loaders, "Organization.projects", relations::projects);
        InterfaceBatches.register(loaders, "Organization.collaborations", relations::collaborations);
        InterfaceBatches.register(loaders, "Organization.outgoingFlows", relations::outgoingFlows);
        InterfaceBatches.register(loaders, "Organization.incomingFlows", relations::incomingFlows);
        InterfaceBatches.register(loaders, "Organization.industries", relations::industries);
    }

    @QueryMapping
    OrganizationSummary organization(@Argument String id) {
        return directory.find(id).orElse(null);
    }

    @QueryMapping
    Connection<OrganizationSummary> organizations(
            @Argument OrganizationFilter filter,
            @Argument OrganizationOrder orderBy,
            @Argument Integer first,
            @Argument String after) {
        return directory.page(filter, orderBy, ApiLimits.pageSize(first), after).toConnection();
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
            OrganizationSummary organization, DataFetchingEnvironment environment) {
        return InterfaceBatches.load(environment, "Organization.outgoingFlows", organization);
    }

    @SchemaMapping(typeName = "Organization")
    CompletableFuture<List<FlowRecord>> incomingFlows(
            OrganizationSummary organization, DataFetchingEnvironment environment) {
        return InterfaceBatches.load(environment, "Organization.incomingFlows", organization);
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
