package com.consortiumexplorer.ingest;

import com.consortiumexplorer.ingest.ImportProblem.Code;
import com.consortiumexplorer.ingest.InputRow.Cell;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Import-format CSV from a folder, a ZIP archive or a single file: one file per node label or relationship type,
 * named after it ({@code College.csv}, {@code MEMBER_OF.csv}), UTF-8, header row first. Files are read in the
 * order of {@link DataFormat}, so every node is read before any relationship.
 */
final class CsvInput extends ImportInput {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final Path source;

    CsvInput(Path source) {
        this.source = source;
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    @Override
    void read(Consumer<InputRow> rows, Consumer<ImportProblem> problems) throws IOException {
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            try (ZipFile zip = new ZipFile(source.toFile(), StandardCharsets.UTF_8)) {
                Map<String, Opener> entries = new LinkedHashMap<>();
                for (ZipEntry entry : zip.stream().filter(e -> !e.isDirectory()).toList()) {
                    String base = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                    entries.put(base, () -> zip.getInputStream(entry));
                }
                readAll(entries, rows, problems);
            }
        } else if (Files.isDirectory(source)) {
            Map<String, Opener> entries = new LinkedHashMap<>();
            try (Stream<Path> files = Files.list(source)) {
                files.filter(Files::isRegularFile)
                        .sorted()
                        .forEach(p -> entries.put(p.getFileName().toString(), () -> Files.newInputStream(p)));
            }
            readAll(entries, rows, problems);
        } else {
            readAll(Map.of(source.getFileName().toString(), () -> Files.newInputStream(source)), rows, problems);
        }
    }

    private void readAll(Map<String, Opener> entries, Consumer<InputRow> rows, Consumer<ImportProblem> problems)
            throws IOException {
        for (String entry : entries.keySet()) {
            String base = entry.endsWith(".csv") ? entry.substring(0, entry.length() - 4) : entry;
            if (DataFormat.nodeFile(base).isEmpty()
                    && DataFormat.relationshipFile(base).isEmpty()) {
                problems.accept(ImportProblem.of(entry, 0, 0, Code.UNKNOWN_FILE));
            }
        }
        for (NodeFile file : DataFormat.NODE_FILES) {
            Opener opener = entries.get(file.fileName());
            if (opener != null) {
                readFile(file.fileName(), opener, file, null, file.columns(), rows, problems);
            }
        }
        for (RelationshipFile file : DataFormat.RELATIONSHIP_FILES) {
            Opener opener = entries.get(file.fileName());
            if (opener != null) {
                readFile(file.fileName(), opener, null, file, file.columns(), rows, problems);
            }
        }
    }

    private void readFile(
            String name,
            Opener opener,
            NodeFile nodeFile,
            RelationshipFile relationshipFile,
            List<Column> columns,
            Consumer<InputRow> rows,
            Consumer<ImportProblem> problems)
            throws IOException {
        // A fresh decoder reports bytes that are not UTF-8 instead of replacing them, so that a file saved as
        // GBK is refused with a problem rather than imported as mojibake.
        CsvReader reader =
                new CsvReader(new InputStreamReader(digesting(opener.open()), StandardCharsets.UTF_8.newDecoder()));
        try (reader) {
            List<String> header = reader.next();
            if (header == null) {
                problems.accept(ImportProblem.of(name, 1, 0, Code.EMPTY_FILE));
                return;
            }
            // Spreadsheets save "CSV UTF-8" with a byte order mark, which is not part of the first column's name.
            if (!header.isEmpty() && header.getFirst().startsWith(BYTE_ORDER_MARK)) {
                header.set(0, header.getFirst().substring(1));
            }
            int[] fieldOfColumn = header(name, header, columns, problems);
            if (fieldOfColumn == null) {
                return;
            }
            for (List<String> record = reader.next(); record != null; record = reader.next()) {
                int line = reader.recordLine();
                if (record.size() == 1 && record.getFirst().isEmpty()) {
                    continue;
                }
                if (record.size() != header.size()) {
                    problems.accept(ImportProblem.of(name, line, 0, Code.FIELD_COUNT, record.size(), header.size()));
                    continue;
                }
                Cell[] cells = new Cell[columns.size()];
                for (int c = 0; c < cells.length; c++) {
                    int field = fieldOfColumn[c];
                    cells[c] = field < 0 ? new Cell(null, line, 0) : new Cell(record.get(field), line, field + 1);
                }
                rows.accept(new InputRow(name, nodeFile, relationshipFile, line, cells));
            }
        } catch (ImportProblem.Invalid e) {
            problems.accept(e.at(name, reader.recordLine(), 0));
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CharacterCodingException)) {
                throw e;
            }
            problems.accept(ImportProblem.of(name, reader.recordLine(), 0, Code.NOT_UTF_8));
        }
    }

    /** Maps the header onto the file's columns; {@code null} when the header has problems. */
    private static int[] header(
            String name, List<String> header, List<Column> columns, Consumer<ImportProblem> problems) {
        int[] fieldOfColumn = new int[columns.size()];
        Arrays.fill(fieldOfColumn, -1);
        boolean valid = true;
        for (int field = 0; field < header.size(); field++) {
            String column = header.get(field).strip();
            int index = indexOf(columns, column);
            if (index < 0) {
                problems.accept(ImportProblem.of(
                        name,
                        1,
                        field + 1,
                        Code.UNKNOWN_COLUMN,
                        column,
                        String.join(", ", columns.stream().map(Column::name).toList())));
                valid = false;
            } else if (fieldOfColumn[index] >= 0) {
                problems.accept(ImportProblem.of(name, 1, field + 1, Code.DUPLICATE_COLUMN, column));
                valid = false;
            } else {
                fieldOfColumn[index] = field;
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).required() && fieldOfColumn[c] < 0) {
                problems.accept(ImportProblem.of(
                        name, 1, 0, Code.MISSING_COLUMN, columns.get(c).name()));
                valid = false;
            }
        }
        return valid ? fieldOfColumn : null;
    }

    static int indexOf(List<Column> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
