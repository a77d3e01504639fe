package com.consortiumexplorer.ingest;

import java.io.OutputStream;
import java.util.List;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes the JSON document that {@link JsonInput} reads, streaming: integers as numbers, booleans as booleans,
 * text and dates as strings, absent values left out. Rows must arrive nodes first.
 */
final class JsonExport implements GraphSink {

    private final JsonGenerator json;
    private boolean inRelationships;

    JsonExport(OutputStream out) {
        json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
        json.writeStartObject();
        json.writeStringProperty("format", JsonInput.FORMAT);
        json.writeNumberProperty("version", JsonInput.VERSION);
        json.writeArrayPropertyStart("nodes");
    }

    @Override
    public void node(NodeFile file, Object[] values) {
        json.writeStartObject();
        json.writeStringProperty("label", file.label());
        properties(file.columns(), values, 0);
        json.writeEndObject();
    }

    @Override
    public void relationship(RelationshipFile file, String fromLabel, String toLabel, Object[] values) {
        if (!inRelationships) {
            json.writeEndArray();
            json.writeArrayPropertyStart("relationships");
            inRelationships = true;
        }
        json.writeStartObject();
        json.writeStringProperty("type", file.type());
        json.writeStringProperty(RelationshipFile.FROM, (String) values[0]);
        json.writeStringProperty(RelationshipFile.TO, (String) values[1]);
        properties(file.columns(), values, 2);
        json.writeEndObject();
    }

    private void properties(List<Column> columns, Object[] values, int first) {
        json.writeObjectPropertyStart("properties");
        for (int i = first; i < columns.size(); i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            String name = columns.get(i).name();
            switch (value) {
                case Long number -> json.writeNumberProperty(name, number);
                case Integer number -> json.writeNumberProperty(name, number);
                case Boolean flag -> json.writeBooleanProperty(name, flag);
                default -> json.writeStringProperty(name, value.toString());
            }
        }
        json.writeEndObject();
    }

    @Override
    public void close() {
        if (!inRelationships) {
            json.writeEndArray();
            json.writeArrayPropertyStart("relationships");
        }
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
