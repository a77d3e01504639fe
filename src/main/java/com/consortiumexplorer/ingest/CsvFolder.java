package com.consortiumexplorer.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes rows as a folder of import-format CSV files, one per node label and relationship type, each with its
 * header row. A file is created when its first row arrives, so empty files are left out.
 */
final class CsvFolder implements GraphSink {

    private final Path folder;
    private final Map<String, CsvWriter> writers = new LinkedHashMap<>();
    private final Map<String, List<Column>> relationshipColumns = new HashMap<>();

    CsvFolder(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
    }

    @Override
    public void node(NodeFile file, Object[] values) {
        writer(file.fileName(), file.columns()).write(cells(file.columns(), values));
    }

    @Override
    public void relationship(RelationshipFile file, String fromLabel, String toLabel, Object[] values) {
        List<Column> columns = relationshipColumns.computeIfAbsent(file.type(), t -> file.columns());
        writer(file.fileName(), columns).write(cells(columns, values));
    }

    static List<String> cells(List<Column> columns, Object[] values) {
        List<String> cells = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            cells.add(columns.get(i).format(values[i]));
        }
        return cells;
    }

    private CsvWriter writer(String fileName, List<Column> columns) {
        return writers.computeIfAbsent(fileName, name -> {
            try {
                Writer out =
                        new OutputStreamWriter(Files.newOutputStream(folder.resolve(name)), StandardCharsets.UTF_8);
                CsvWriter writer = new CsvWriter(new BufferedWriter(out, 1 << 16));
                writer.write(columns.stream().map(Column::name).toList());
                return writer;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + folder.resolve(name), e);
            }
        });
    }

    @Override
    public void close() {
        writers.values().forEach(CsvWriter::close);
    }
}
