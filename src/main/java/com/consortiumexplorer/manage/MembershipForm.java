package com.consortiumexplorer.manage;

import com.consortiumexplorer.consortium.MembershipEditor;
import com.consortiumexplorer.consortium.MembershipView;
import com.consortiumexplorer.explore.EntityType;
import com.consortiumexplorer.explore.GraphNavigator;
import com.consortiumexplorer.explore.Outcome;
import com.consortiumexplorer.graph.ExitReason;
import com.consortiumexplorer.graph.MemberRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;

/** Lets an organization join a consortium (with a council role or as a plain member) or leave it. */
final class MembershipForm extends VerticalLayout {

    private final MembershipEditor editor;
    private final Refusals refusals = new Refusals(this, "membership-errors");
    private final EntityPicker organization;
    private final EntityPicker consortium;
    private final Select<MemberRole> role = new Select<>();
    private final DatePicker since = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final Select<ExitReason> exitReason = new Select<>();

    MembershipForm(MembershipEditor editor, GraphNavigator navigator) {
        this.editor = editor;
        organization = refusals.field(
                "organizationId",
                new EntityPicker(navigator, getTranslation("data.organization"), EntityPicker.ORGANIZATIONS));
        organization.setId("membership-organization");
        consortium = refusals.field(
                "consortiumId",
                new EntityPicker(navigator, getTranslation("data.consortium"), List.of(EntityType.CONSORTIUM)));
        consortium.setId("membership-consortium");
        role.setId("membership-role");
        role.setLabel(getTranslation("consortium.role"));
        role.setItems(MemberRole.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("consortium.role.MEMBER"));
        role.setItemLabelGenerator(r ->
                r == null ? getTranslation("consortium.role.MEMBER") : getTranslation("consortium.role." + r.name()));
        refusals.field("role", role);
        since.setId("membership-since");
        since.setLabel(getTranslation("data.membership.since"));
        refusals.field("since", since);
        until.setId("membership-until");
        until.setLabel(getTranslation("data.membership.until"));
        refusals.field("until", until);
        exitReason.setId("membership-exit-reason");
        exitReason.setLabel(getTranslation("data.membership.exitReason"));
        exitReason.setItems(ExitReason.values());
        exitReason.setItemLabelGenerator(r -> getTranslation("data.exitReason." + r.name()));
        refusals.field("exitReason", exitReason);
        Button join = new Button(getTranslation("data.membership.join"), e -> join());
        join.setId("membership-join");
        join.addThemeVariants(ButtonVariant.PRIMARY);
        Button leave = new Button(getTranslation("data.membership.leave"), e -> leave());
        leave.setId("membership-leave");
        setPadding(false);
        add(
                new FormLayout(organization, consortium, role, since, until, exitReason),
                refusals.message(),
                new HorizontalLayout(join, leave));
    }

    /** Records that the organization joined the consortium. */
    void join() {
        Outcome<MembershipView> joined = editor.join(
                new MembershipEditor.JoinInput(organization.id(), consortium.id(), role.getValue(), since.getValue()));
        refusals.show(joined, "data.membership.joined");
    }

    /** Records that the organization left the consortium. */
    void leave() {
        Outcome<MembershipView> left = editor.leave(new MembershipEditor.LeaveInput(
                organization.id(), consortium.id(), until.getValue(), exitReason.getValue()));
        refusals.show(left, "data.membership.left");
    }
}
