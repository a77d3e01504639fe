package com.consortiumexplorer.manage;

import com.consortiumexplorer.explore.EntityType;
import com.consortiumexplorer.explore.FlowKind;
import com.consortiumexplorer.explore.GraphNavigator;
import com.consortiumexplorer.explore.ResourceEditor;
import com.consortiumexplorer.graph.FundingChannel;
import com.consortiumexplorer.ui.YearField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Records a resource flow; the form shows the quantities the chosen kind of flow needs. */
final class FlowForm extends VerticalLayout {

    private final ResourceEditor editor;
    private final Refusals refusals = new Refusals(this, "flow-errors");
    private final Select<FlowKind> kind = new Select<>();
    private final EntityPicker source;
    private final EntityPicker target;
    private final YearField year;
    private final BigDecimalField amount = new BigDecimalField();
    private final Select<FundingChannel> channel = new Select<>();
    private final IntegerField graduates = new IntegerField();
    private final TextField majorCode = new TextField();
    private final TextField title = new TextField();
    private final BigDecimalField value = new BigDecimalField();
    private final TextField facility = new TextField();
    private final IntegerField hours = new IntegerField();

    FlowForm(ResourceEditor editor, GraphNavigator navigator) {
        this.editor = editor;
        List<EntityType> parties = List.of(
                EntityType.GOVERNMENT,
                EntityType.COLLEGE,
                EntityType.ENTERPRISE,
                EntityType.RESEARCH_INSTITUTE,
                EntityType.INDUSTRY_ASSOCIATION,
                EntityType.SERVICE_AGENCY,
                EntityType.PROGRAM,
                EntityType.PROJECT);
        kind.setId("flow-kind");
        kind.setLabel(getTranslation("flows.kind"));
        kind.setItems(FlowKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("flows.kind." + k.name()));
        refusals.field("kind", kind);
        source = refusals.field("sourceId", new EntityPicker(navigator, getTranslation("data.flow.source"), parties));
        source.setId("flow-source");
        target = refusals.field("targetId", new EntityPicker(navigator, getTranslation("data.flow.target"), parties));
        target.setId("flow-target");
        year = refusals.field("year", new YearField(getTranslation("data.flow.year")));
        year.setId("flow-year");
        number(amount, "flow-amount", "data.flow.amount", "amount");
        channel.setId("flow-channel");
        channel.setLabel(getTranslation("data.flow.channel"));
        channel.setItems(FundingChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation("data.channel." + c.name()));
        refusals.field("channel", channel);
        graduates.setId("flow-graduates");
        graduates.setLabel(getTranslation("data.flow.graduates"));
        refusals.field("graduates", graduates);
        text(majorCode, "flow-major", "data.flow.major", "majorCode");
        text(title, "flow-title", "data.flow.title", "title");
        number(value, "flow-value", "data.flow.value", "value");
        text(facility, "flow-facility", "data.flow.facility", "facility");
        hours.setId("flow-hours");
        hours.setLabel(getTranslation("data.flow.hours"));
        refusals.field("hours", hours);
        Map<FlowKind, List<Component>> quantities = Map.of(
                FlowKind.FUNDING, List.of(amount, channel),
                FlowKind.TALENT, List.of(graduates, majorCode),
                FlowKind.TECHNOLOGY, List.of(title, value),
                FlowKind.FACILITY, List.of(facility, hours));
        kind.addValueChangeListener(e ->
                quantities.forEach((k, fields) -> fields.forEach(f -> f.setVisible(k == e.getValue()))));
        kind.setValue(FlowKind.FUNDING);
        Button record = new Button(getTranslation("data.flow.record"), e -> record());
        record.setId("flow-record");
        record.addThemeVariants(ButtonVariant.PRIMARY);
        setPadding(false);
        add(
                new FormLayout(
                        kind, source, target, year, amount, channel, graduates, majorCode, title, value, facility,
                        hours),
                refusals.message(),
                record);
    }

    private void number(BigDecimalField field, String id, String labelKey, String inputName) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        refusals.field(inputName, field);
    }

    private void text(TextField field, String id, String labelKey, String inputName) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        refusals.field(inputName, field);
    }

    /** Records the flow with the quantities of its kind. */
    void record() {
        FlowKind chosen = kind.getValue();
        if (fractional(amount) || fractional(value)) {
            return;
        }
        refusals.show(
                editor.recordFlow(new ResourceEditor.FlowInput(
                        chosen,
                        source.id(),
                        target.id(),
                        year.getValue(),
                        chosen == FlowKind.FUNDING ? whole(amount.getValue()) : null,
                        chosen == FlowKind.FUNDING ? channel.getValue() : null,
                        chosen == FlowKind.TALENT ? graduates.getValue() : null,
                        chosen == FlowKind.TALENT && !majorCode.isEmpty()
                                ? majorCode.getValue().strip()
                                : null,
                        chosen == FlowKind.TECHNOLOGY && !title.isEmpty() ? title.getValue() : null,
                        chosen == FlowKind.TECHNOLOGY ? whole(value.getValue()) : null,
                        chosen == FlowKind.FACILITY && !facility.isEmpty() ? facility.getValue() : null,
                        chosen == FlowKind.FACILITY ? hours.getValue() : null)),
                "data.flow.recorded");
    }

    /** Marks a money field holding fractions of a yuan, which the graph does not store. */
    private boolean fractional(BigDecimalField field) {
        BigDecimal number = field.getValue();
        if (field.isVisible() && number != null && number.stripTrailingZeros().scale() > 0) {
            refusals.clear();
            field.setErrorMessage(getTranslation("data.flow.whole"));
            field.setInvalid(true);
            return true;
        }
        return false;
    }

    private static Long whole(BigDecimal number) {
        return number == null ? null : number.longValue();
    }
}
