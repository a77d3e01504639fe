package com.consortiumexplorer.consortium;

import com.consortiumexplorer.explore.ApiLimits;
import com.consortiumexplorer.explore.Connection;
import com.consortiumexplorer.explore.InterfaceBatches;
import com.consortiumexplorer.explore.OrganizationSummary;
import com.consortiumexplorer.graph.ConsortiumStatus;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** GraphQL queries over consortia and memberships, and the membership mutations. */
@Controller
class ConsortiumController {

    private final ConsortiumDirectory directory;
    private final MembershipEditor editor;

    ConsortiumController(ConsortiumDirectory directory, MembershipEditor editor, BatchLoaderRegistry loaders) {
        this.directory = directory;
        this.editor = editor;
        InterfaceBatches.register(loaders, "Organization.memberships", directory::membershipsOf);
    }

    @QueryMapping
    ConsortiumSummary consortium(@Argument String id) {
        return directory.find(id).orElse(null);
    }

    @QueryMapping
    Connection<ConsortiumSummary> consortia(
            @Argument ConsortiumStatus status, @Argument String city, @Argument Integer first, @Argument String after) {
        return directory.page(status, city, ApiLimits.pageSize(first), after).toConnection();
    }

    @SchemaMapping(typeName = "Organization")
    CompletableFuture<List<MembershipView>> memberships(
            OrganizationSummary organization, DataFetchingEnvironment environment) {
        return InterfaceBatches.load(environment, "Organization.memberships", organization);
    }

    @BatchMapping(typeName = "Consortium")
    Map<ConsortiumSummary, List<MembershipView>> members(List<ConsortiumSummary> consortia) {
        return directory.membersOf(consortia);
    }

    @MutationMapping
    MembershipPayload joinConsortium(@Argument MembershipEditor.JoinInput input) {
        return MembershipPayload.of(editor.join(input));
    }

    @MutationMapping
    MembershipPayload leaveConsortium(@Argument MembershipEditor.LeaveInput input) {
        return MembershipPayload.of(editor.leave(input));
    }
}
