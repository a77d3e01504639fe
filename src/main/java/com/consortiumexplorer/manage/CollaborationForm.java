package com.consortiumexplorer.manage;

import com.consortiumexplorer.explore.GraphNavigator;
import com.consortiumexplorer.explore.OrganizationEditor;
import com.consortiumexplorer.graph.CooperationKind;
import com.consortiumexplorer.ui.YearField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/** Adds or removes a cooperation tie (joint schooling, training or employment) between two organizations. */
final class CollaborationForm extends VerticalLayout {

    private final OrganizationEditor editor;
    private final Refusals refusals = new Refusals(this, "collaboration-errors");
    private final EntityPicker organization;
    private final EntityPicker partner;
    private final Select<CooperationKind> kind = new Select<>();
    private final YearField since;

    CollaborationForm(OrganizationEditor editor, GraphNavigator navigator) {
        this.editor = editor;
        organization = refusals.field(
                "organizationId",
                new EntityPicker(navigator, getTranslation("data.organization"), EntityPicker.ORGANIZATIONS));
        organization.setId("collaboration-organization");
        partner = refusals.field(
                "partnerId", new EntityPicker(navigator, getTranslation("data.partner"), EntityPicker.ORGANIZATIONS));
        partner.setId("collaboration-partner");
        kind.setId("collaboration-kind");
        kind.setLabel(getTranslation("data.collaboration.kind"));
        kind.setItems(CooperationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("data.cooperation." + k.name()));
        kind.setValue(CooperationKind.JOINT_TRAINING);
        refusals.field("kind", kind);
        since = refusals.field("since", new YearField(getTranslation("data.collaboration.since")));
        since.setId("collaboration-since");
        Button add = new Button(getTranslation("data.collaboration.add"), e -> add());
        add.setId("collaboration-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Button remove = new Button(getTranslation("data.collaboration.remove"), e -> remove());
        remove.setId("collaboration-remove");
        setPadding(false);
        add(new FormLayout(organization, partner, kind, since), refusals.message(), new HorizontalLayout(add, remove));
    }

    private OrganizationEditor.CollaborationInput input() {
        return new OrganizationEditor.CollaborationInput(
                organization.id(), partner.id(), kind.getValue(), since.getValue());
    }

    /** Records the tie. */
    void add() {
        refusals.show(editor.addCollaboration(input()), "data.collaboration.added");
    }

    /** Removes the tie. */
    void remove() {
        refusals.show(editor.removeCollaboration(input()), "data.collaboration.removed");
    }
}
