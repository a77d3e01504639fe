package com.consortiumexplorer.explore;

import java.util.List;

/** The payloads of the explore mutations: the changed object plus the user errors. */
final class EditPayloads {

    private EditPayloads() {}

    record OrganizationPayload(OrganizationSummary organization, List<UserError> userErrors) {}

    record RemoveOrganizationPayload(String removedId, List<UserError> userErrors) {}

    record CollaborationPayload(
            OrganizationSummary organization, OrganizationSummary partner, List<UserError> userErrors) {}

    record RecordFlowPayload(FlowRecord flow, List<UserError> userErrors) {}

    record ProgramPayload(ProgramSummary program, List<UserError> userErrors) {}

    record ProjectPayload(ProjectSummary project, List<UserError> userErrors) {}

    record ParticipantPayload(ProgramSummary program, ProjectSummary project, List<UserError> userErrors) {}

    record OfferPayload(MajorOfferView offer, List<UserError> userErrors) {}

    record DemandPayload(MajorDemandView demand, List<UserError> userErrors) {}
}
