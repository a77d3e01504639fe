package com.consortiumexplorer.manage;

import com.consortiumexplorer.explore.ActivityEditor;
import com.consortiumexplorer.explore.GraphNavigator;
import com.consortiumexplorer.explore.Outcome;
import com.consortiumexplorer.explore.ProgramSummary;
import com.consortiumexplorer.graph.ParticipationRole;
import com.consortiumexplorer.graph.ProgramKind;
import com.consortiumexplorer.ui.YearField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** Adds a program (order class, apprenticeship, …) with the organization that leads it. */
final class ProgramForm extends VerticalLayout {

    private final ActivityEditor editor;
    private final Refusals refusals = new Refusals(this, "program-errors");
    private final TextField id = new TextField();
    private final TextField name = new TextField();
    private final TextField nameEn = new TextField();
    private final Select<ProgramKind> kind = new Select<>();
    private final YearField startYear;
    private final YearField endYear;
    private final IntegerField capacity = new IntegerField();
    private final EntityPicker lead;

    ProgramForm(ActivityEditor editor, GraphNavigator navigator) {
        this.editor = editor;
        text(id, "program-id", "data.activity.id", "id");
        text(name, "program-name", "data.organization.name", "name");
        name.setRequired(true);
        text(nameEn, "program-name-en", "data.organization.nameEn", "nameEn");
        kind.setId("program-kind");
        kind.setLabel(getTranslation("data.program.kind"));
        kind.setItems(ProgramKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("data.programKind." + k.name()));
        refusals.field("kind", kind);
        startYear = refusals.field("startYear", new YearField(getTranslation("data.program.startYear")));
        startYear.setId("program-start-year");
        endYear = refusals.field("endYear", new YearField(getTranslation("data.program.endYear")));
        endYear.setId("program-end-year");
        capacity.setId("program-capacity");
        capacity.setLabel(getTranslation("data.program.capacity"));
        capacity.setMin(0);
        refusals.field("capacity", capacity);
        lead = refusals.field(
                "participants",
                new EntityPicker(navigator, getTranslation("data.activity.lead"), EntityPicker.ORGANIZATIONS));
        lead.setId("program-lead");
        Button add = new Button(getTranslation("data.program.add"), e -> add());
        add.setId("program-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        setPadding(false);
        add(new FormLayout(id, name, nameEn, kind, startYear, endYear, capacity, lead), refusals.message(), add);
    }

    private void text(TextField field, String elementId, String labelKey, String inputName) {
        field.setId(elementId);
        field.setLabel(getTranslation(labelKey));
        refusals.field(inputName, field);
    }

    /** Adds the program. */
    void add() {
        List<ActivityEditor.ParticipantInput> participants = lead.id() == null
                ? List.of()
                : List.of(new ActivityEditor.ParticipantInput(lead.id(), ParticipationRole.LEAD));
        Outcome<ProgramSummary> added = editor.addProgram(new ActivityEditor.ProgramInput(
                Texts.blankToNull(id.getValue()),
                name.getValue(),
                Texts.blankToNull(nameEn.getValue()),
                kind.getValue(),
                startYear.getValue(),
                endYear.getValue(),
                capacity.getValue(),
                participants));
        refusals.show(added, "data.program.added", name.getValue());
    }
}
