package com.consortiumexplorer.manage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The box a form shows when its save was refused because someone else saved first: which version the editor
 * read, which is current, the fields that differ (theirs and mine), and buttons to overwrite or reload. The
 * editor's values stay in the form until they choose.
 */
final class Conflicts {

    private Conflicts() {}

    /** An empty, hidden conflict box. */
    static Div box(String id) {
        Div box = new Div();
        box.setId(id);
        box.getStyle()
                .set("border", "1px solid var(--lumo-error-color-50pct)")
                .set("background", "var(--lumo-error-color-10pct)")
                .set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        box.setVisible(false);
        return box;
    }

    /** Says that the record is gone (removed by someone else). */
    static void gone(Div box) {
        box.removeAll();
        box.add(new Div(box.getTranslation("data.gone")));
        box.setVisible(true);
    }

    /** Starts filling the box for a save at version {@code read} when {@code current} is the latest. */
    static Sheet start(Div box, long read, long current) {
        box.removeAll();
        box.add(new Div(box.getTranslation("data.conflict", read, current)));
        box.setVisible(true);
        return new Sheet(box);
    }

    /** Lines and actions of one conflict box. */
    record Sheet(Div box) {

        /** Adds a line when the stored value differs from the one in the form. */
        void field(String labelKey, Object theirs, Object mine) {
            String their = theirs == null ? "" : theirs.toString();
            String my = mine == null ? "" : mine.toString();
            if (!their.equals(my)) {
                box.add(new Div(box.getTranslation("data.conflict.field", box.getTranslation(labelKey), their, my)));
            }
        }

        /** Adds the buttons: save mine over the current version, or show the current values. */
        void actions(String idPrefix, Runnable overwrite, Runnable reload) {
            Button mine = new Button(box.getTranslation("data.conflict.overwrite"), e -> overwrite.run());
            mine.setId(idPrefix + "-overwrite");
            mine.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
            Button theirs = new Button(box.getTranslation("data.conflict.reload"), e -> reload.run());
            theirs.setId(idPrefix + "-reload");
            theirs.addThemeVariants(ButtonVariant.SMALL);
            box.add(new HorizontalLayout(mine, theirs));
        }
    }
}
