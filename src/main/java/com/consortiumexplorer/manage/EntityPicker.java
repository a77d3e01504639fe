package com.consortiumexplorer.manage;

import com.consortiumexplorer.explore.EntityType;
import com.consortiumexplorer.explore.GraphNavigator;
import com.consortiumexplorer.explore.GraphNode;
import com.consortiumexplorer.explore.SearchHit;
import com.consortiumexplorer.ui.Languages;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** A box that finds nodes of some kinds by their Chinese or English name while the user types. */
final class EntityPicker extends ComboBox<GraphNode> {

    private static final int RESULTS = 15;

    /** The six kinds of organization. */
    static final List<EntityType> ORGANIZATIONS = Arrays.stream(EntityType.values())
            .filter(EntityType::isOrganization)
            .toList();

    EntityPicker(GraphNavigator navigator, String label, List<EntityType> types) {
        super(label);
        boolean english = Languages.isEnglish(getLocale());
        setItemLabelGenerator(n -> n.displayName(english) + " · " + getTranslation("entity.type." + n.type()));
        setPlaceholder(getTranslation("data.search"));
        setWidthFull();
        setItems(query -> {
            String text = query.getFilter().orElse("");
            if (query.getOffset() > 0 || text.isBlank()) {
                return Stream.empty();
            }
            return navigator.search(text, types, RESULTS).stream().map(SearchHit::entity);
        });
    }

    /** Picks a node by id without a search (for forms opened on a known node). */
    void pick(GraphNavigator navigator, String id) {
        navigator.node(id).ifPresent(this::setValue);
    }

    /** The id of the picked node, or null. */
    String id() {
        return getValue() == null ? null : getValue().id();
    }
}
