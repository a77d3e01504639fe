package com.consortiumexplorer.manage;

import com.consortiumexplorer.explore.ActivityEditor;
import com.consortiumexplorer.explore.Catalogue;
import com.consortiumexplorer.explore.EntityType;
import com.consortiumexplorer.explore.GraphNavigator;
import com.consortiumexplorer.explore.Outcome;
import com.consortiumexplorer.explore.ProjectSummary;
import com.consortiumexplorer.graph.ParticipationRole;
import com.consortiumexplorer.graph.ProjectKind;
import com.consortiumexplorer.graph.ProjectStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Adds a project or changes one at the version the editor loaded; a stale change keeps the editor's values and
 * shows the newer ones, to overwrite or reload.
 */
final class ProjectForm extends VerticalLayout {

    private final ActivityEditor editor;
    private final Catalogue catalogue;
    private final Refusals refusals = new Refusals(this, "project-errors");
    private final EntityPicker pick;
    private final Span editing = new Span();
    private final TextField id = new TextField();
    private final TextField name = new TextField();
    private final TextField nameEn = new TextField();
    private final Select<ProjectKind> kind = new Select<>();
    private final Select<ProjectStatus> status = new Select<>();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final BigDecimalField budget = new BigDecimalField();
    private final EntityPicker lead;
    private final Div conflict = Conflicts.box("project-conflict");
    private ProjectSummary loaded;

    ProjectForm(ActivityEditor editor, Catalogue catalogue, GraphNavigator navigator) {
        this.editor = editor;
        this.catalogue = catalogue;
        pick = new EntityPicker(navigator, getTranslation("data.project.pick"), List.of(EntityType.PROJECT));
        pick.setId("project-pick");
        pick.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                catalogue.project(e.getValue().id()).ifPresent(this::fill);
            }
        });
        text(id, "project-id", "data.activity.id", "id");
        text(name, "project-name", "data.organization.name", "name");
        name.setRequired(true);
        text(nameEn, "project-name-en", "data.organization.nameEn", "nameEn");
        kind.setId("project-kind");
        kind.setLabel(getTranslation("data.project.kind"));
        kind.setItems(ProjectKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("data.projectKind." + k.name()));
        refusals.field("kind", kind);
        status.setId("project-status");
        status.setLabel(getTranslation("data.project.status"));
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("data.projectStatus." + s.name()));
        refusals.field("status", status);
        start.setId("project-start");
        start.setLabel(getTranslation("data.project.start"));
        refusals.field("start", start);
        end.setId("project-end");
        end.setLabel(getTranslation("data.project.end"));
        refusals.field("end", end);
        budget.setId("project-budget");
        budget.setLabel(getTranslation("data.project.budget"));
        refusals.field("budget", budget);
        lead = refusals.field(
                "participants",
                new EntityPicker(navigator, getTranslation("data.activity.lead"), EntityPicker.ORGANIZATIONS));
        lead.setId("project-lead");
        Button save = new Button(getTranslation("data.save"), e -> save());
        save.setId("project-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button fresh = new Button(getTranslation("data.new"), e -> startNew());
        fresh.setId("project-new");
        setPadding(false);
        add(
                pick,
                editing,
                new FormLayout(id, name, nameEn, kind, status, start, end, budget, lead),
                refusals.message(),
                conflict,
                new HorizontalLayout(save, fresh));
        startNew();
    }

    private void text(TextField field, String elementId, String labelKey, String inputName) {
        field.setId(elementId);
        field.setLabel(getTranslation(labelKey));
        refusals.field(inputName, field);
    }

    /** Empties the form for a new project. */
    void startNew() {
        loaded = null;
        refusals.clear();
        conflict.setVisible(false);
        pick.clear();
        List.of(id, name, nameEn).forEach(TextField::clear);
        id.setReadOnly(false);
        kind.setReadOnly(false);
        kind.setValue(ProjectKind.RESEARCH);
        status.setValue(ProjectStatus.PLANNED);
        start.clear();
        end.clear();
        budget.clear();
        lead.clear();
        lead.setVisible(true);
        editing.setText(getTranslation("data.project.creating"));
    }

    private void fill(ProjectSummary project) {
        loaded = project;
        refusals.clear();
        conflict.setVisible(false);
        id.setValue(project.id());
        id.setReadOnly(true);
        name.setValue(Objects.toString(project.name(), ""));
        nameEn.setValue(Objects.toString(project.nameEn(), ""));
        kind.setValue(project.kind() == null ? null : ProjectKind.valueOf(project.kind()));
        kind.setReadOnly(true);
        status.setValue(project.status() == null ? null : ProjectStatus.valueOf(project.status()));
        start.setValue(project.start());
        end.setValue(project.end());
        budget.setValue(project.budget() == null ? null : BigDecimal.valueOf(project.budget()));
        lead.setVisible(false);
        editing.setText(getTranslation("data.project.editing", project.id(), project.version()));
    }

    /** Adds a new project or saves the changes at the loaded version. */
    void save() {
        conflict.setVisible(false);
        Long money = budget.getValue() == null ? null : budget.getValue().longValue();
        if (loaded == null) {
            List<ActivityEditor.ParticipantInput> participants = lead.id() == null
                    ? List.of()
                    : List.of(new ActivityEditor.ParticipantInput(lead.id(), ParticipationRole.LEAD));
            Outcome<ProjectSummary> added = editor.addProject(new ActivityEditor.ProjectInput(
                    Texts.blankToNull(id.getValue()),
                    name.getValue(),
                    Texts.blankToNull(nameEn.getValue()),
                    kind.getValue(),
                    status.getValue(),
                    start.getValue(),
                    end.getValue(),
                    money,
                    participants));
            if (refusals.show(added, "data.project.added", name.getValue())) {
                fill(added.value());
            }
            return;
        }
        save(loaded.version(), money);
    }

    private void save(long version, Long money) {
        Outcome<ProjectSummary> updated = editor.updateProject(new ActivityEditor.ProjectUpdate(
                loaded.id(),
                version,
                name.getValue(),
                Texts.blankToNull(nameEn.getValue()),
                status.getValue(),
                start.getValue(),
                end.getValue(),
                money));
        if (!Refusals.isConflict(updated)) {
            if (refusals.show(updated, "data.saved")) {
                fill(updated.value());
            }
            return;
        }
        refusals.clear();
        ProjectSummary current = catalogue.project(loaded.id()).orElse(null);
        if (current == null) {
            Conflicts.gone(conflict);
            return;
        }
        Conflicts.Sheet sheet = Conflicts.start(conflict, loaded.version(), current.version());
        sheet.field("data.organization.name", current.name(), name.getValue());
        sheet.field("data.organization.nameEn", current.nameEn(), nameEn.getValue());
        sheet.field("data.project.status", current.status(), status.getValue());
        sheet.field("data.project.start", current.start(), start.getValue());
        sheet.field("data.project.end", current.end(), end.getValue());
        sheet.field("data.project.budget", current.budget(), money);
        sheet.actions("project", () -> save(current.version(), money), () -> fill(current));
    }
}
