package com.consortiumexplorer.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes import-format CSV files into a ZIP stream, one entry per file. Rows must arrive grouped by file, as
 * export sends them.
 */
final class CsvZip implements GraphSink {

    private final ZipOutputStream zip;
    private final Writer writer;
    private final CsvWriter csv;
    private String current;

    CsvZip(OutputStream out) {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        csv = new CsvWriter(writer);
    }

    @Override
    public void node(NodeFile file, Object[] values) {
        entry(file.fileName(), file.columns());
        csv.write(CsvFolder.cells(file.columns(), values));
    }

    @Override
    public void relationship(RelationshipFile file, String fromLabel, String toLabel, Object[] values) {
        List<Column> columns = file.columns();
        entry(file.fileName(), columns);
        csv.write(CsvFolder.cells(columns, values));
    }

    private void entry(String name, List<Column> columns) {
        if (name.equals(current)) {
            return;
        }
        try {
            writer.flush();
            zip.putNextEntry(new ZipEntry(name));
            current = name;
            csv.write(columns.stream().map(Column::name).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            writer.flush();
            zip.finish();
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
