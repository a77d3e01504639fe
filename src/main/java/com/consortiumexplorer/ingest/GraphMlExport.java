package com.consortiumexplorer.ingest;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes GraphML that Gephi and Cytoscape open: every property of the format is declared once as a typed
 * {@code <key>} (integers as {@code long}, booleans as {@code boolean}, text and dates as {@code string}), nodes
 * carry their labels and a display {@code label}, edges their type; ties without direction are undirected edges.
 * When two properties share a name but not a type, the second key's name gets the type as suffix.
 */
final class GraphMlExport implements GraphSink {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    private record Key(String id, String name, String type) {}

    private final XMLStreamWriter xml;
    private final Map<String, Key> nodeKeys = new LinkedHashMap<>();
    private final Map<String, Key> edgeKeys = new LinkedHashMap<>();
    private long edges;

    GraphMlExport(OutputStream out) {
        declareKeys();
        try {
            xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NAMESPACE);
            for (Key key : nodeKeys.values()) {
                writeKey(key, "node");
            }
            for (Key key : edgeKeys.values()) {
                writeKey(key, "edge");
            }
            xml.writeCharacters("\n");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "G");
            xml.writeAttribute("edgedefault", "directed");
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write GraphML", e);
        }
    }

    private void declareKeys() {
        nodeKeys.put("labels", new Key("labels", "labels", "string"));
        nodeKeys.put("label", new Key("label", "label", "string"));
        edgeKeys.put("type", new Key("type", "type", "string"));
        for (NodeFile file : DataFormat.NODE_FILES) {
            file.columns().forEach(c -> declare(nodeKeys, "n_", c));
        }
        for (RelationshipFile file : DataFormat.RELATIONSHIP_FILES) {
            file.keys().forEach(c -> declare(edgeKeys, "e_", c));
            file.properties().forEach(c -> declare(edgeKeys, "e_", c));
        }
    }

    private static void declare(Map<String, Key> keys, String prefix, Column column) {
        String type = switch (column.type()) {
            case INTEGER -> "long";
            case BOOLEAN -> "boolean";
            default -> "string";
        };
        String slot = column.name() + ":" + type;
        if (keys.containsKey(slot)) {
            return;
        }
        boolean nameTaken = keys.values().stream().anyMatch(k -> k.name().equals(column.name()));
        String name = nameTaken ? column.name() + "_" + type : column.name();
        keys.put(slot, new Key(prefix + name, name, type));
    }

    private void writeKey(Key key, String domain) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", key.id());
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", key.name());
        xml.writeAttribute("attr.type", key.type());
    }

    /** The GraphML id of a node: its id, or for catalogue entries its label and code. */
    static String nodeId(String label, String key) {
        return label.equals("Industry") || label.equals("Major") ? label + ":" + key : key;
    }

    @Override
    public void node(NodeFile file, Object[] values) {
        try {
            xml.writeStartElement("node");
            xml.writeAttribute("id", nodeId(file.label(), (String) values[0]));
            List<String> labels = new ArrayList<>();
            if (!file.keyLabel().equals(file.label())) {
                labels.add(file.keyLabel());
            }
            labels.add(file.label());
            data(nodeKeys.get("labels"), ":" + String.join(":", labels));
            data(nodeKeys.get("label"), values[1]);
            for (int i = 0; i < values.length; i++) {
                data(key(nodeKeys, file.columns().get(i)), values[i]);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write GraphML", e);
        }
    }

    @Override
    public void relationship(RelationshipFile file, String fromLabel, String toLabel, Object[] values) {
        try {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", "e" + edges++);
            if (file.undirected()) {
                xml.writeAttribute("directed", "false");
            }
            xml.writeAttribute("source", nodeId(fromLabel, (String) values[0]));
            xml.writeAttribute("target", nodeId(toLabel, (String) values[1]));
            data(edgeKeys.get("type"), file.type());
            List<Column> columns = file.columns();
            for (int i = 2; i < values.length; i++) {
                data(key(edgeKeys, columns.get(i)), values[i]);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write GraphML", e);
        }
    }

    private static Key key(Map<String, Key> keys, Column column) {
        String type = switch (column.type()) {
            case INTEGER -> "long";
            case BOOLEAN -> "boolean";
            default -> "string";
        };
        return keys.get(column.name() + ":" + type);
    }

    private void data(Key key, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key.id());
        xml.writeCharacters(value.toString());
        xml.writeEndElement();
    }

    @Override
    public void close() {
        try {
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write GraphML", e);
        }
    }
}
