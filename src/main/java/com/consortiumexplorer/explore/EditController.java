package com.consortiumexplorer.explore;

import com.consortiumexplorer.explore.EditPayloads.CollaborationPayload;
import com.consortiumexplorer.explore.EditPayloads.DemandPayload;
import com.consortiumexplorer.explore.EditPayloads.OfferPayload;
import com.consortiumexplorer.explore.EditPayloads.OrganizationPayload;
import com.consortiumexplorer.explore.EditPayloads.ParticipantPayload;
import com.consortiumexplorer.explore.EditPayloads.ProgramPayload;
import com.consortiumexplorer.explore.EditPayloads.ProjectPayload;
import com.consortiumexplorer.explore.EditPayloads.RecordFlowPayload;
import com.consortiumexplorer.explore.EditPayloads.RemoveOrganizationPayload;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The GraphQL mutations over organizations, ties, flows, programs, projects and majors. */
@Controller
class EditController {

    private final OrganizationEditor organizations;
    private final ResourceEditor resources;
    private final ActivityEditor activities;

    EditController(OrganizationEditor organizations, ResourceEditor resources, ActivityEditor activities) {
        this.organizations = organizations;
        this.resources = resources;
        this.activities = activities;
    }

    @MutationMapping
    OrganizationPayload addOrganization(@Argument OrganizationEditor.AddInput input) {
        Outcome<OrganizationSummary> outcome = organizations.add(input);
        return new OrganizationPayload(outcome.value(), outcome.userErrors());
    }

    @MutationMapping
    OrganizationPayload updateOrganization(@Argument OrganizationEditor.UpdateInput input) {
        Outcome<OrganizationSummary> outcome = organizations.update(input);
        return new OrganizationPayload(outcome.value(), outcome.userErrors());
    }

    @MutationMapping
    RemoveOrganizationPayload removeOrganization(@Argument OrganizationEditor.RemoveInput input) {
        Outcome<String> outcome = organizations.remove(input);
        return new RemoveOrganizationPayload(outcome.value(), outcome.userErrors());
    }

    @MutationMapping
    CollaborationPayload addCollaboration(@Argument OrganizationEditor.CollaborationInput input) {
        return tie(organizations.addCollaboration(input));
    }

    @MutationMapping
    CollaborationPayload removeCollaboration(@Argument OrganizationEditor.CollaborationInput input) {
        return tie(organizations.removeCollaboration(input));
    }

    private static CollaborationPayload tie(Outcome<OrganizationEditor.Tie> outcome) {
        OrganizationEditor.Tie tie = outcome.value();
        return new CollaborationPayload(
                tie == null ? null : tie.organization(), tie == null ? null : tie.partner(), outcome.userErrors());
    }

    @MutationMapping
    RecordFlowPayload recordFlow(@Argument ResourceEditor.FlowInput input) {
        Outcome<FlowRecord> outcome = resources.recordFlow(input);
        return new RecordFlowPayload(outcome.value(), outcome.userErrors());
    }

    @MutationMapping
    ProgramPayload addProgram(@Argument ActivityEditor.ProgramInput input) {
        Outcome<ProgramSummary> outcome = activities.addProgram(input);
        return new ProgramPayload(outcome.value(), outcome.userErrors());
    }

    @MutationMapping
    ProjectPayload addProject(@Argument ActivityEditor.ProjectInput input) {
        Outcome<ProjectSummary> outcome = activities.addProject(input);
        return new ProjectPayload(outcome.value(), outcome.userErrors());
    }

    @MutationMapping
    ProjectPayload updateProject(@Argument ActivityEditor.ProjectUpdate input) {
        Outcome<ProjectSummary> outcome = activities.updateProject(input);
        return new ProjectPayload(outcome.value(), outcome.userErrors());
    }

    @MutationMapping
    ParticipantPayload addParticipant(@Argument ActivityEditor.ParticipationInput input) {
        Outcome<ActivityEditor.Activity> outcome = activities.addParticipant(input);
        ActivityEditor.Activity activity = outcome.value();
        return new ParticipantPayload(
                activity == null ? null : activity.program(),
                activity == null ? null : activity.project(),
                outcome.userErrors());
    }

    @MutationMapping
    OfferPayload setMajorOffer(@Argument ResourceEditor.OfferInput input) {
        Outcome<MajorOfferView> outcome = resources.setMajorOffer(input);
        return new OfferPayload(outcome.value(), outcome.userErrors());
    }

    @MutationMapping
    DemandPayload setMajorDemand(@Argument ResourceEditor.DemandInput input) {
        Outcome<MajorDemandView> outcome = resources.setMajorDemand(input);
        return new DemandPayload(outcome.value(), outcome.userErrors());
    }
}
