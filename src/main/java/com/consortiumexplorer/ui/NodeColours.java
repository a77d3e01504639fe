package com.consortiumexplorer.ui;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Colour of each node type, the same as in {@code frontend/graph-canvas.ts}, for legends. */
public final class NodeColours {

    /** Node type to CSS colour, in legend order. */
    public static final Map<String, String> BY_TYPE;

    static {
        Map<String, String> colours = new LinkedHashMap<>();
        colours.put("GOVERNMENT", "#c0392b");
        colours.put("COLLEGE", "#2e86de");
        colours.put("ENTERPRISE", "#27ae60");
        colours.put("RESEARCH_INSTITUTE", "#8e44ad");
        colours.put("INDUSTRY_ASSOCIATION", "#d68910");
        colours.put("SERVICE_AGENCY", "#16a085");
        colours.put("CONSORTIUM", "#34495e");
        colours.put("PROGRAM", "#e67e22");
        colours.put("PROJECT", "#f1c40f");
        colours.put("POLICY", "#7f8c8d");
        colours.put("INDUSTRY", "#a93226");
        colours.put("MAJOR", "#5dade2");
        BY_TYPE = Collections.unmodifiableMap(colours);
    }

    private NodeColours() {}
}
