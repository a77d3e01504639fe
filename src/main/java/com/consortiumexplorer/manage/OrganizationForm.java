package com.consortiumexplorer.manage;

import com.consortiumexplorer.explore.GraphNavigator;
import com.consortiumexplorer.explore.OrganizationDirectory;
import com.consortiumexplorer.explore.OrganizationEditor;
import com.consortiumexplorer.explore.OrganizationSummary;
import com.consortiumexplorer.explore.Outcome;
import com.consortiumexplorer.graph.OrganizationType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;

/**
 * Adds, changes and removes organizations. A change carries the version the editor loaded; when someone else
 * saved in between, the form keeps the editor's values and shows what changed, to overwrite or reload.
 */
final class OrganizationForm extends VerticalLayout {

    private final OrganizationEditor editor;
    private final OrganizationDirectory directory;
    private final Refusals refusals = new Refusals(this, "organization-errors");

    private final EntityPicker pick;
    private final Select<OrganizationType> type = new Select<>();
    private final TextField id = new TextField();
    private final TextField name = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField city = new TextField();
    private final TextField regionCode = new TextField();
    private final IntegerField founded = new IntegerField();
    private final TextArea description = new TextArea();
    private final Span editing = new Span();
    private final Button remove = new Button();
    private final Div conflict = Conflicts.box("organization-conflict");
    private OrganizationSummary loaded;

    OrganizationForm(OrganizationEditor editor, OrganizationDirectory directory, GraphNavigator navigator) {
        this.editor = editor;
        this.directory = directory;
        pick = new EntityPicker(navigator, getTranslation("data.organization.pick"), EntityPicker.ORGANIZATIONS);
        pick.setId("organization-pick");
        pick.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load(e.getValue().id());
            }
        });
        setPadding(false);
        add(pick, editing, configureFields(), refusals.message(), conflict, configureButtons());
        startNew();
    }

    private FormLayout configureFields() {
        type.setId("organization-type");
        type.setLabel(getTranslation("organization.type"));
        type.setItems(OrganizationType.values());
        type.setItemLabelGenerator(t -> getTranslation("organization.type." + t.name()));
        refusals.field("type", type);
        label(id, "organization-id", "data.organization.id", "id");
        id.setHelperText(getTranslation("data.organization.id.hint"));
        label(name, "organization-name", "data.organization.name", "name");
        name.setRequired(true);
        label(nameEn, "organization-name-en", "data.organization.nameEn", "nameEn");
        label(city, "organization-city", "organization.city", "city");
        label(regionCode, "organization-region", "data.organization.regionCode", "regionCode");
        regionCode.setHelperText(getTranslation("data.organization.regionCode.hint"));
        founded.setId("organization-founded");
        founded.setLabel(getTranslation("data.organization.founded"));
        refusals.field("founded", founded);
        description.setId("organization-description");
        description.setLabel(getTranslation("data.organization.description"));
        refusals.field("description", description);
        FormLayout form = new FormLayout(type, id, name, nameEn, city, regionCode, founded, description);
        form.setColspan(description, 2);
        return form;
    }

    private void label(TextField field, String elementId, String labelKey, String inputName) {
        field.setId(elementId);
        field.setLabel(getTranslation(labelKey));
        refusals.field(inputName, field);
    }

    private HorizontalLayout configureButtons() {
        Button save = new Button(getTranslation("data.save"), e -> save());
        save.setId("organization-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button fresh = new Button(getTranslation("data.new"), e -> startNew());
        fresh.setId("organization-new");
        remove.setText(getTranslation("data.remove"));
        remove.setId("organization-remove");
        remove.addThemeVariants(ButtonVariant.ERROR);
        remove.addClickListener(e -> confirmRemove());
        return new HorizontalLayout(save, fresh, remove);
    }

    /** Empties the form for a new organization. */
    void startNew() {
        loaded = null;
        refusals.clear();
        conflict.setVisible(false);
        pick.clear();
        type.setReadOnly(false);
        type.setValue(OrganizationType.ENTERPRISE);
        id.setReadOnly(false);
        List.of(id, name, nameEn, city, regionCode).forEach(TextField::clear);
        founded.clear();
        description.clear();
        remove.setEnabled(false);
        editing.setText(getTranslation("data.organization.creating"));
    }

    /** Loads an organization into the form at its current version. */
    void load(String organizationId) {
        directory.find(organizationId).ifPresentOrElse(this::fill, () -> refusals.fail(getTranslation("data.gone")));
    }

    private void fill(OrganizationSummary organization) {
        loaded = organization;
        refusals.clear();
        conflict.setVisible(false);
        type.setValue(organization.type());
        type.setReadOnly(true);
        id.setValue(organization.id());
        id.setReadOnly(true);
        name.setValue(Objects.toString(organization.name(), ""));
        nameEn.setValue(Objects.toString(organization.nameEn(), ""));
        city.setValue(Objects.toString(organization.city(), ""));
        regionCode.setValue(Objects.toString(organization.regionCode(), ""));
        founded.setValue(organization.founded());
        description.setValue(Objects.toString(organization.description(), ""));
        remove.setEnabled(true);
        editing.setText(getTranslation("data.organization.editing", organization.id(), organization.version()));
    }

    /** Adds a new organization or saves the changes at the loaded version. */
    void save() {
        conflict.setVisible(false);
        if (loaded == null) {
            Outcome<OrganizationSummary> added = editor.add(new OrganizationEditor.AddInput(
                    Texts.blankToNull(id.getValue()),
                    type.getValue(),
                    name.getValue(),
                    Texts.blankToNull(nameEn.getValue()),
                    Texts.blankToNull(city.getValue()),
                    Texts.blankToNull(regionCode.getValue()),
                    founded.getValue(),
                    Texts.blankToNull(description.getValue()),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
            if (refusals.show(added, "data.organization.added", name.getValue())) {
                fill(added.value());
            }
            return;
        }
        save(loaded.version());
    }

    private void save(long version) {
        Outcome<OrganizationSummary> updated = editor.update(new OrganizationEditor.UpdateInput(
                loaded.id(),
                version,
                name.getValue(),
                Texts.blankToNull(nameEn.getValue()),
                Texts.blankToNull(city.getValue()),
                Texts.blankToNull(regionCode.getValue()),
                founded.getValue(),
                Texts.blankToNull(description.getValue()),
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        if (Refusals.isConflict(updated)) {
            showConflict();
        } else if (refusals.show(updated, "data.saved")) {
            fill(updated.value());
        }
    }

    /** Someone saved first: keep the editor's values, show the newer ones, offer to overwrite or reload. */
    private void showConflict() {
        refusals.clear();
        OrganizationSummary current = directory.find(loaded.id()).orElse(null);
        if (current == null) {
            Conflicts.gone(conflict);
            return;
        }
        Conflicts.Sheet sheet = Conflicts.start(conflict, loaded.version(), current.version());
        sheet.field("data.organization.name", current.name(), name.getValue());
        sheet.field("data.organization.nameEn", current.nameEn(), nameEn.getValue());
        sheet.field("organization.city", current.city(), city.getValue());
        sheet.field("data.organization.regionCode", current.regionCode(), regionCode.getValue());
        sheet.field("data.organization.founded", current.founded(), founded.getValue());
        sheet.field("data.organization.description", current.description(), description.getValue());
        sheet.actions("organization", () -> save(current.version()), () -> fill(current));
    }

    private void confirmRemove() {
        if (loaded == null) {
            return;
        }
        Checkbox detach = new Checkbox(getTranslation("data.organization.detach"));
        detach.setId("organization-detach");
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("data.organization.removeTitle", loaded.displayName(false)));
        dialog.add(detach);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("data.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> remove(detach.getValue()));
        dialog.open();
    }

    /** Removes the loaded organization at its loaded version. */
    void remove(boolean detach) {
        Outcome<String> removed =
                editor.remove(new OrganizationEditor.RemoveInput(loaded.id(), loaded.version(), detach));
        if (Refusals.isConflict(removed)) {
            showConflict();
        } else if (refusals.show(removed, "data.organization.removed", loaded.id())) {
            startNew();
        }
    }
}
