package com.consortiumexplorer.ui;

import java.util.List;

/**
 * Name search for the global search box. The shell only knows this contract; the explore feature implements
 * it, which keeps the shell free of any dependency on feature packages.
 */
public interface EntitySearch {

    /**
     * One search result.
     *
     * @param id stable id of the node
     * @param type kind of node, e.g. {@code COLLEGE}
     * @param label the name to show
     */
    record Result(String id, String type, String label) {}

    /** Nodes whose Chinese or English name matches the text, best first, named in the given language. */
    List<Result> search(String text, int limit, boolean english);

    /** The route that shows a result. */
    String route();
}
