package com.consortiumexplorer.explore;

import com.vaadin.flow.component.combobox.ComboBox;

/** A drop-down of every consortium by name, optional (empty means all organizations), for the analytics views. */
public class ConsortiumPicker extends ComboBox<GraphNode> {

    /** Most consortia listed. */
    private static final int MAX_CONSORTIA = 200;

    /** A picker over the consortia of the graph, named in the given language. */
    public ConsortiumPicker(GraphNavigator navigator, boolean english, String id) {
        setId(id);
        setLabel(getTranslation("flows.consortium"));
        setPlaceholder(getTranslation("flows.consortium.all"));
        setClearButtonVisible(true);
        setItems(navigator.list(EntityType.CONSORTIUM, MAX_CONSORTIA));
        setItemLabelGenerator(c -> c.displayName(english));
    }
}
