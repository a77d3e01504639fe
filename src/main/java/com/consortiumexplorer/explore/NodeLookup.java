package com.consortiumexplorer.explore;

import java.util.Optional;

/**
 * Finds the {@code Node} of one entity kind that another feature owns, so that {@code node(id)} covers it
 * without this feature depending on that one.
 */
public interface NodeLookup {

    /** The kind this lookup covers, as {@link Catalogue#kindOf} names it, e.g. {@code Consortium}. */
    String kind();

    /** The entity with this id, if any. */
    Optional<? extends TypedNode> find(String id);
}
