package com.consortiumexplorer.manage;

import com.consortiumexplorer.explore.Outcome;
import com.consortiumexplorer.explore.UserError;
import com.consortiumexplorer.ui.Languages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Shows a service's refusal where the user looks: each error under the field it names, the rest in a message
 * line above the buttons. Messages are translated by error code; English users also see the service's wording.
 */
final class Refusals {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Div message = new Div();
    private final Component owner;

    Refusals(Component owner, String id) {
        this.owner = owner;
        message.setId(id);
        message.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        message.setVisible(false);
    }

    /** Registers the field that shows errors of the input field with this name. */
    <F extends HasValidation> F field(String name, F field) {
        fields.put(name, field);
        return field;
    }

    /** The line that shows errors no field claims. */
    Div message() {
        return message;
    }

    /** Clears every shown error. */
    void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
        message.setText("");
        message.setVisible(false);
    }

    /**
     * Shows the errors of a refused outcome, or a success notification for a done one.
     *
     * @return whether the service did what was asked
     */
    boolean show(Outcome<?> outcome, String doneKey, Object... doneParams) {
        clear();
        if (!outcome.isRefused()) {
            Notification.show(owner.getTranslation(doneKey, doneParams), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        }
        List<String> unclaimed = new ArrayList<>();
        for (UserError error : outcome.userErrors()) {
            String text = text(error);
            HasValidation field = fields.get(error.field().getLast());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else {
                unclaimed.add(text);
            }
        }
        if (!unclaimed.isEmpty()) {
            message.setText(unclaimed.stream().collect(Collectors.joining(" · ")));
            message.setVisible(true);
        }
        return false;
    }

    /** Shows an error that stopped the form before it reached the service. */
    void fail(String text) {
        clear();
        message.setText(text);
        message.setVisible(true);
    }

    /** Whether a refusal is a stale edit (another user changed the record first). */
    static boolean isConflict(Outcome<?> outcome) {
        return outcome.userErrors().stream().anyMatch(e -> e.code() == UserError.Code.CONFLICT);
    }

    private String text(UserError error) {
        String reason = owner.getTranslation("data.error." + error.code().name());
        return Languages.isEnglish(UI.getCurrent().getLocale()) ? reason + ": " + error.message() : reason;
    }
}
