package com.consortiumexplorer.ingest;

import com.consortiumexplorer.ingest.ImportProblem.Code;
import com.consortiumexplorer.ingest.InputRow.Cell;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * The JSON document that export writes, read as a stream of tokens (never as a tree, so memory does not grow
 * with the file): {@code {"format": "consortium-explorer", "version": 1, "nodes": [...], "relationships":
 * [...]}}, nodes before relationships. A node is {@code {"label": …, "properties": {…}}}, a relationship
 * {@code {"type": …, "from": …, "to": …, "properties": {…}}}. Values are read as their text and checked by the
 * same column rules as CSV.
 */
final class JsonInput extends ImportInput {

    /** The value of the document's {@code format} field. */
    static final String FORMAT = "consortium-explorer";

    /** The version of the document layout. */
    static final int VERSION = 1;

    private static final JsonFactory JSON = new JsonFactory();

    private final Path source;
    private final String name;

    JsonInput(Path source) {
        this.source = source;
        this.name = source.getFileName().toString();
    }

    @Override
    void read(Consumer<InputRow> rows, Consumer<ImportProblem> problems) throws IOException {
        try (JsonParser parser = JSON.createParser(
                ObjectReadContext.empty(),
                new InputStreamReader(digesting(Files.newInputStream(source)), StandardCharsets.UTF_8.newDecoder()))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.accept(problem(parser.currentTokenLocation(), Code.NOT_A_DOCUMENT));
                return;
            }
            boolean relationshipsSeen = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                TokenStreamLocation at = parser.currentTokenLocation();
                parser.nextToken();
                switch (field) {
                    case "format" -> {
                        if (!FORMAT.equals(parser.getValueAsString())) {
                            problems.accept(problem(at, Code.WRONG_FORMAT, FORMAT));
                        }
                    }
                    case "version" -> {
                        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() != VERSION) {
                            problems.accept(problem(at, Code.WRONG_VERSION, VERSION));
                        }
                    }
                    case "nodes" -> {
                        if (relationshipsSeen) {
                            problems.accept(problem(at, Code.NODES_AFTER_RELATIONSHIPS));
                            parser.skipChildren();
                        } else {
                            readArray(parser, false, rows, problems);
                        }
                    }
                    case "relationships" -> {
                        relationshipsSeen = true;
                        readArray(parser, true, rows, problems);
                    }
                    default -> {
                        problems.accept(problem(at, Code.UNKNOWN_FIELD, field));
                        parser.skipChildren();
                    }
                }
            }
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            problems.accept(
                    e.getCause() instanceof CharacterCodingException
                            ? ImportProblem.of(name, line, column, Code.NOT_UTF_8)
                            : ImportProblem.of(name, line, column, Code.NOT_JSON, e.getOriginalMessage()));
        }
    }

    private void readArray(
            JsonParser parser, boolean relationships, Consumer<InputRow> rows, Consumer<ImportProblem> problems) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            problems.accept(problem(parser.currentTokenLocation(), Code.EXPECTED_ARRAY));
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            TokenStreamLocation start = parser.currentTokenLocation();
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                problems.accept(problem(start, Code.EXPECTED_OBJECT));
                parser.skipChildren();
                continue;
            }
            Map<String, Cell> fields = new HashMap<>();
            Map<String, Cell> properties = new HashMap<>();
            Map<String, TokenStreamLocation> propertyNames = new HashMap<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("properties") && parser.currentToken() == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                        String property = parser.currentName();
                        propertyNames.put(property, parser.currentTokenLocation());
                        parser.nextToken();
                        properties.put(property, cell(parser, problems));
                    }
                } else {
                    fields.put(field, cell(parser, problems));
                }
            }
            InputRow row = relationships
                    ? relationshipRow(start, fields, properties, propertyNames, problems)
                    : nodeRow(start, fields, properties, propertyNames, problems);
            if (row != null) {
                rows.accept(row);
            }
        }
    }

    private InputRow nodeRow(
            TokenStreamLocation start,
            Map<String, Cell> fields,
            Map<String, Cell> properties,
            Map<String, TokenStreamLocation> propertyNames,
            Consumer<ImportProblem> problems) {
        Cell label = fields.get("label");
        NodeFile file = label == null || label.text() == null
                ? null
                : DataFormat.nodeFile(label.text()).orElse(null);
        if (file == null) {
            problems.accept(
                    label == null
                            ? problem(start, Code.MISSING_LABEL)
                            : ImportProblem.of(name, label.line(), label.column(), Code.UNKNOWN_LABEL, label.text()));
            return null;
        }
        Cell[] cells = cells(start, file.columns(), properties, propertyNames, problems, 0);
        return cells == null ? null : new InputRow(name, file, null, start.getLineNr(), cells);
    }

    private InputRow relationshipRow(
            TokenStreamLocation start,
            Map<String, Cell> fields,
            Map<String, Cell> properties,
            Map<String, TokenStreamLocation> propertyNames,
            Consumer<ImportProblem> problems) {
        Cell type = fields.get("type");
        RelationshipFile file = type == null || type.text() == null
                ? null
                : DataFormat.relationshipFile(type.text()).orElse(null);
        if (file == null) {
            problems.accept(
                    type == null
                            ? problem(start, Code.MISSING_TYPE)
                            : ImportProblem.of(name, type.line(), type.column(), Code.UNKNOWN_TYPE, type.text()));
            return null;
        }
        Cell[] cells = cells(start, file.columns(), properties, propertyNames, problems, 2);
        if (cells == null) {
            return null;
        }
        cells[0] = fields.getOrDefault(RelationshipFile.FROM, new Cell(null, start.getLineNr(), start.getColumnNr()));
        cells[1] = fields.getOrDefault(RelationshipFile.TO, new Cell(null, start.getLineNr(), start.getColumnNr()));
        return new InputRow(name, null, file, start.getLineNr(), cells);
    }

    /** Lines the properties up with the columns from {@code first} on; {@code null} when one is unknown. */
    private Cell[] cells(
            TokenStreamLocation start,
            List<Column> columns,
            Map<String, Cell> properties,
            Map<String, TokenStreamLocation> propertyNames,
            Consumer<ImportProblem> problems,
            int first) {
        boolean valid = true;
        for (Map.Entry<String, TokenStreamLocation> property : propertyNames.entrySet()) {
            int index = CsvInput.indexOf(columns, property.getKey());
            if (index < first) {
                problems.accept(problem(property.getValue(), Code.UNKNOWN_PROPERTY, property.getKey()));
                valid = false;
            }
        }
        if (!valid) {
            return null;
        }
        Cell[] cells = new Cell[columns.size()];
        for (int c = first; c < cells.length; c++) {
            cells[c] = properties.getOrDefault(
                    columns.get(c).name(), new Cell(null, start.getLineNr(), start.getColumnNr()));
        }
        return cells;
    }

    private Cell cell(JsonParser parser, Consumer<ImportProblem> problems) {
        TokenStreamLocation at = parser.currentTokenLocation();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            problems.accept(problem(at, Code.EXPECTED_VALUE, token.asString()));
            parser.skipChildren();
            return new Cell(null, at.getLineNr(), at.getColumnNr());
        }
        String text = token == JsonToken.VALUE_NULL ? null : parser.getString();
        return new Cell(text, at.getLineNr(), at.getColumnNr());
    }

    private ImportProblem problem(TokenStreamLocation at, Code code, Object... arguments) {
        return ImportProblem.of(name, at.getLineNr(), at.getColumnNr(), code, arguments);
    }
}
