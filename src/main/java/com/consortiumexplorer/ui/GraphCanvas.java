package com.consortiumexplorer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * A graph canvas (Cytoscape.js with the fCoSE force-directed layout): Java pushes nodes and edges, the browser
 * draws them and reports double-clicks, selection changes and finished renders.
 */
@Tag("graph-canvas")
@NpmPackage(value = "cytoscape", version = "3.34.4")
@NpmPackage(value = "cytoscape-fcose", version = "2.2.0")
@JsModule("./graph-canvas.ts")
public class GraphCanvas extends Component implements HasSize {

    /** The layouts the canvas offers. */
    public enum Layout {
        /** Force-directed (fCoSE). */
        FORCE("fcose"),
        /** Concentric rings by node type. */
        CONCENTRIC("concentric");

        private final String clientName;

        Layout(String clientName) {
            this.clientName = clientName;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Creates an empty canvas. */
    public GraphCanvas() {
        setWidthFull();
        setHeight("600px");
    }

    /** Replaces everything on the canvas with this graph and lays it out. */
    public void setGraph(CanvasGraph graph) {
        getElement().callJsFunction("setGraph", wire(graph));
    }

    /** Adds what is not drawn yet, placed around the node with the given id (or anywhere when null). */
    public void addGraph(CanvasGraph graph, String aroundId) {
        getElement().callJsFunction("addGraph", wire(graph), aroundId);
    }

    /** Shows only the given node and relationship types (empty: all) whose years meet the range (null: open). */
    public void setFilter(
            Collection<String> nodeTypes, Collection<String> relationshipTypes, Integer fromYear, Integer toYear) {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("nodeTypes", List.copyOf(nodeTypes));
        filter.put("relationshipTypes", List.copyOf(relationshipTypes));
        filter.put("fromYear", fromYear);
        filter.put("toYear", toYear);
        getElement().callJsFunction("setFilter", JSON.writeValueAsString(filter));
    }

    /** Lays every visible node out again. */
    public void setLayout(Layout layout) {
        getElement().callJsFunction("setLayout", layout.clientName);
    }

    /** Marks these elements (a path) and dims the others; an empty list removes the mark. */
    public void highlight(Collection<String> elementIds) {
        getElement().callJsFunction("highlight", JSON.writeValueAsString(List.copyOf(elementIds)));
    }

    /** Selects exactly these nodes. */
    public void select(Collection<String> nodeIds) {
        getElement().callJsFunction("select", JSON.writeValueAsString(List.copyOf(nodeIds)));
    }

    /** Downloads the picture as PNG in the browser. */
    public void exportPng(String fileName) {
        getElement().callJsFunction("exportPng", fileName);
    }

    /** Downloads the view as JSON in the browser. */
    public void exportJson(String fileName) {
        getElement().callJsFunction("exportJson", fileName);
    }

    /** Draws a state captured by {@link #captureState}, with its positions, filter and selection. */
    public void restoreState(String stateJson) {
        getElement().callJsFunction("setState", stateJson);
    }

    /** Asks the browser for the current picture (elements with positions, filter, layout, selection, viewport). */
    public void captureState(Consumer<String> receiver) {
        getElement().callJsFunction("getState").then(String.class, receiver::accept);
    }

    /** Asks the browser which nodes are shown now. */
    public void visibleNodeIds(Consumer<List<String>> receiver) {
        getElement().callJsFunction("visibleNodeIds").then(ArrayNode.class, array -> receiver.accept(strings(array)));
    }

    /** Listens for double-clicks on nodes (a request to expand the node). */
    public Registration addExpandListener(ComponentEventListener<ExpandEvent> listener) {
        return addListener(ExpandEvent.class, listener);
    }

    /** Listens for changes of the selected nodes and edges. */
    public Registration addSelectionListener(ComponentEventListener<SelectionEvent> listener) {
        return addListener(SelectionEvent.class, listener);
    }

    /** Listens for finished renders. */
    public Registration addRenderedListener(ComponentEventListener<RenderedEvent> listener) {
        return addListener(RenderedEvent.class, listener);
    }

    /** A node was double-clicked. */
    @DomEvent("node-expand")
    public static class ExpandEvent extends ComponentEvent<GraphCanvas> {
        private final String nodeId;

        /** Created by Flow from the browser event. */
        public ExpandEvent(GraphCanvas source, boolean fromClient, @EventData("event.detail.id") String nodeId) {
            super(source, fromClient);
            this.nodeId = nodeId;
        }

        /** The id of the double-clicked node. */
        public String nodeId() {
            return nodeId;
        }
    }

    /** The selection changed. */
    @DomEvent("selection-change")
    public static class SelectionEvent extends ComponentEvent<GraphCanvas> {
        private final List<String> nodeIds;
        private final List<String> edgeIds;

        /** Created by Flow from the browser event. */
        public SelectionEvent(
                GraphCanvas source,
                boolean fromClient,
                @EventData("event.detail.nodes") ArrayNode nodes,
                @EventData("event.detail.edges") ArrayNode edges) {
            super(source, fromClient);
            this.nodeIds = strings(nodes);
            this.edgeIds = strings(edges);
        }

        /** Ids of the selected nodes, in selection order. */
        public List<String> nodeIds() {
            return nodeIds;
        }

        /** Ids of the selected edges. */
        public List<String> edgeIds() {
            return edgeIds;
        }
    }

    /** The canvas finished drawing. */
    @DomEvent("rendered")
    public static class RenderedEvent extends ComponentEvent<GraphCanvas> {
        private final int nodes;
        private final int millis;

        /** Created by Flow from the browser event. */
        public RenderedEvent(
                GraphCanvas source,
                boolean fromClient,
                @EventData("event.detail.nodes") int nodes,
                @EventData("event.detail.millis") int millis) {
            super(source, fromClient);
            this.nodes = nodes;
            this.millis = millis;
        }

        /** Number of visible nodes. */
        public int nodes() {
            return nodes;
        }

        /** Milliseconds from receiving the data to the painted frame. */
        public int millis() {
            return millis;
        }
    }

    /**
     * The graph in the canvas's wire format: an array per element, each type named once and referred to by its
     * index, absent years left out; what the browser parses for a large neighbourhood shrinks to a third.
     */
    static String wire(CanvasGraph graph) {
        Map<String, Integer> types = new LinkedHashMap<>();
        List<List<Object>> nodes = new ArrayList<>(graph.nodes().size());
        for (CanvasGraph.Node n : graph.nodes()) {
            nodes.add(List.of(n.id(), index(types, n.type()), n.label()));
        }
        List<List<Object>> edges = new ArrayList<>(graph.edges().size());
        for (CanvasGraph.Edge e : graph.edges()) {
            List<Object> edge = new ArrayList<>(6);
            edge.add(e.id());
            edge.add(index(types, e.type()));
            edge.add(e.source());
            edge.add(e.target());
            if (e.fromYear() != null || e.toYear() != null) {
                edge.add(e.fromYear());
                edge.add(e.toYear());
            }
            edges.add(edge);
        }
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("t", List.copyOf(types.keySet()));
        wire.put("n", nodes);
        wire.put("e", edges);
        return JSON.writeValueAsString(wire);
    }

    private static int index(Map<String, Integer> types, String type) {
        return types.computeIfAbsent(type, t -> types.size());
    }

    private static List<String> strings(ArrayNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            for (JsonNode value : array) {
                values.add(value.asString());
            }
        }
        return List.copyOf(values);
    }
}
