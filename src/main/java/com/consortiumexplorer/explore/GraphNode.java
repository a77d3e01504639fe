package com.consortiumexplorer.explore;

import java.util.Map;

/**
 * A node of the graph as the explorer shows it.
 *
 * @param id stable id (the code for industries and majors)
 * @param type kind of node
 * @param name Chinese name (a policy's title)
 * @param nameEn English name, when known
 * @param properties every stored property (an outline's: only its key and names)
 * @param degree number of relationships of the node in the whole graph, to tell whether it can be expanded; -1
 *     in an outline, which does not count them
 */
public record GraphNode(
        String id, EntityType type, String name, String nameEn, Map<String, Object> properties, long degree) {

    /** The name to show for a language: the English name when asked for and present, else the Chinese one. */
    public String displayName(boolean english) {
        String shown = english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
        return shown == null ? id : shown;
    }
}
