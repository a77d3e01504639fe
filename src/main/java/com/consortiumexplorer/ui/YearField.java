package com.consortiumexplorer.ui;

import com.vaadin.flow.component.textfield.IntegerField;

/** An optional year with step buttons, bounded to plausible years. */
public class YearField extends IntegerField {

    /** A year field with this label. */
    public YearField(String label) {
        super(label);
        setMin(2000);
        setMax(2100);
        setStepButtonsVisible(true);
        setWidth("9em");
    }
}
