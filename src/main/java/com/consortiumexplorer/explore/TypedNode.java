package com.consortiumexplorer.explore;

/**
 * A read model of another feature that is a GraphQL {@code Node}: it names its object type, so the
 * {@code Node} type resolution needs no knowledge of that feature.
 */
public interface TypedNode {

    /** Name of the GraphQL object type, e.g. {@code Consortium}. */
    String graphQlTypeName();
}
