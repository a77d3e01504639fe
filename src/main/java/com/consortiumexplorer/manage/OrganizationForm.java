package com.consortiumexplorer.manage;

import com.consortiumexplorer.explore.GraphNavigator;
import com.consortiumexplorer.explore.OrganizationDirectory;
import com.consortiumexplorer.explore.OrganizationEditor;
import com.consortiumexplorer.explore.OrganizationSummary;
import com.consortiumexplorer.explore.Outcome;
import com.consortiumexplorer.graph.AgencyService;
import com.consortiumexplorer.graph.CollegeKind;
import com.consortiumexplorer.graph.EnterpriseSize;
import com.consortiumexplorer.graph.GovernmentLevel;
import com.consortiumexplorer.graph.OrganizationType;
import com.consortiumexplorer.graph.Ownership;
import com.vaadin.flow.component.Component;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    private final Select<GovernmentLevel> level = new Select<>();
    private final Select<CollegeKind> collegeKind = new Select<>();
    private final Select<EnterpriseSize> size = new Select<>();
    private final Checkbox leading = new Checkbox();
    private final Select<Ownership> ownership = new Select<>();
    private final TextField field = new TextField();
    private final Select<AgencyService> service = new Select<>();
    private final Map<OrganizationType, List<Component>> kindFields = new EnumMap<>(OrganizationType.class);
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
        choice(level, "organization-level", "level", GovernmentLevel.values());
        choice(collegeKind, "organization-college-kind", "kind", CollegeKind.values());
        choice(size, "organization-size", "size", EnterpriseSize.values());
        leading.setId("organization-leading");
        leading.setLabel(getTranslation("data.organization.leading"));
        choice(ownership, "organization-ownership", "ownership", Ownership.values());
        label(field, "organization-field", "data.organization.field", "field");
        choice(service, "organization-service", "service", AgencyService.values());
        // Each kind of organization has its own properties; the others are hidden and never sent.
        kindFields.put(OrganizationType.GOVERNMENT, List.of(level));
        kindFields.put(OrganizationType.COLLEGE, List.of(collegeKind));
        kindFields.put(OrganizationType.ENTERPRISE, List.of(size, leading, ownership));
        kindFields.put(OrganizationType.RESEARCH_INSTITUTE, List.of(field));
        kindFields.put(OrganizationType.SERVICE_AGENCY, List.of(service));
        type.addValueChangeListener(e -> showKindFields(e.getValue()));
        FormLayout form = new FormLayout(
                type,
                id,
                name,
                nameEn,
                city,
                regionCode,
                founded,
                level,
                collegeKind,
                size,
                ownership,
                leading,
                field,
                service,
                description);
        form.setColspan(description, 2);
        return form;
    }

    /** A choice of a kind-specific property, labelled {@code data.organization.<input>}, values {@code data.<input>.<NAME>}. */
    private <E extends Enum<E>> void choice(Select<E> select, String elementId, String inputName, E[] values) {
        select.setId(elementId);
        select.setLabel(getTranslation("data.organization." + inputName));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("data.organization.unknown"));
        select.setItemLabelGenerator(v -> v == null ? "" : getTranslation("data." + inputName + "." + v.name()));
        refusals.field(inputName, select);
    }

    private void showKindFields(OrganizationType chosen) {
        kindFields.forEach((kind, fields) -> fields.forEach(f -> f.setVisible(kind == chosen)));
    }

    private boolean shows(OrganizationType kind) {
        return type.getValue() == kind;
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
        showKindFields(type.getValue());
        id.setReadOnly(false);
        List.of(id, name, nameEn, city, regionCode).forEach(TextField::clear);
        founded.clear();
        description.clear();
        List.of(level, collegeKind, size, ownership, service).forEach(Select::clear);
        leading.setValue(false);
        field.clear();
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
        level.setValue(constant(GovernmentLevel.class, organization.level()));
        collegeKind.setValue(constant(CollegeKind.class, organization.kind()));
        size.setValue(constant(EnterpriseSize.class, organization.size()));
        leading.setValue(Boolean.TRUE.equals(organization.leading()));
        ownership.setValue(constant(Ownership.class, organization.ownership()));
        field.setValue(Objects.toString(organization.field(), ""));
        service.setValue(constant(AgencyService.class, organization.service()));
        remove.setEnabled(true);
        editing.setText(getTranslation("data.organization.editing", organization.id(), organization.version()));
    }

    /** Adds a new organization or saves the changes at the loaded version. */
    void save() {
        conflict.setVisible(false);
        if (loaded == null) {
            Outcome<OrganizationSummary> added = editor.add(values());
            if (refusals.show(added, "data.organization.added", name.getValue())) {
                fill(added.value());
            }
            return;
        }
        save(loaded.version());
    }

    /** What the form holds, as a new organization; the properties of other kinds than the chosen one stay out. */
    private OrganizationEditor.AddInput values() {
        return new OrganizationEditor.AddInput(
                Texts.blankToNull(id.getValue()),
                type.getValue(),
                name.getValue(),
                Texts.blankToNull(nameEn.getValue()),
                Texts.blankToNull(city.getValue()),
                Texts.blankToNull(regionCode.getValue()),
                founded.getValue(),
                Texts.blankToNull(description.getValue()),
                shows(OrganizationType.GOVERNMENT) ? level.getValue() : null,
                shows(OrganizationType.COLLEGE) ? collegeKind.getValue() : null,
                shows(OrganizationType.ENTERPRISE) ? size.getValue() : null,
                shows(OrganizationType.ENTERPRISE) ? leading.getValue() : null,
                shows(OrganizationType.ENTERPRISE) ? ownership.getValue() : null,
                shows(OrganizationType.RESEARCH_INSTITUTE) ? Texts.blankToNull(field.getValue()) : null,
                shows(OrganizationType.SERVICE_AGENCY) ? service.getValue() : null);
    }

    private void save(long version) {
        OrganizationEditor.AddInput form = values();
        Outcome<OrganizationSummary> updated = editor.update(new OrganizationEditor.UpdateInput(
                loaded.id(),
                version,
                form.name(),
                form.nameEn(),
                form.city(),
                form.regionCode(),
                form.founded(),
                form.description(),
                form.level(),
                form.kind(),
                form.size(),
                form.leading(),
                form.ownership(),
                form.field(),
                form.service()));
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
        if (shows(OrganizationType.GOVERNMENT)) {
            sheet.field("data.organization.level", current.level(), level.getValue());
        }
        if (shows(OrganizationType.COLLEGE)) {
            sheet.field("data.organization.kind", current.kind(), collegeKind.getValue());
        }
        if (shows(OrganizationType.ENTERPRISE)) {
            sheet.field("data.organization.size", current.size(), size.getValue());
            sheet.field("data.organization.leading", Boolean.TRUE.equals(current.leading()), leading.getValue());
            sheet.field("data.organization.ownership", current.ownership(), ownership.getValue());
        }
        if (shows(OrganizationType.RESEARCH_INSTITUTE)) {
            sheet.field("data.organization.field", current.field(), Texts.blankToNull(field.getValue()));
        }
        if (shows(OrganizationType.SERVICE_AGENCY)) {
            sheet.field("data.organization.service", current.service(), service.getValue());
        }
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

    /** The enum constant stored under this name, or null when none is stored. */
    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
