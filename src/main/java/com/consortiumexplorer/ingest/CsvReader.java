package com.consortiumexplorer.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time (quoted fields may hold commas, quotes and line breaks), keeping the
 * line number each record starts on so that problems can be reported by line and column. It holds one record
 * in memory, never the file.
 */
final class CsvReader implements AutoCloseable {

    private final Reader in;
    // Reading a buffer at a time: a Reader's read() of one character takes a lock on every call.
    private final char[] buffer = new char[1 << 16];
    private int buffered;
    private int next;
    private int line = 1;
    private int recordLine;
    private int pending = -2;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The line (1-based) on which the record last returned by {@link #next()} starts. */
    int recordLine() {
        return recordLine;
    }

    /**
     * The next record, or {@code null} at the end of the input.
     *
     * @throws ImportProblem.Invalid when a quoted field is not closed
     */
    List<String> next() {
        try {
            int c = read();
            if (c == -1) {
                return null;
            }
            recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new ImportProblem.Invalid(ImportProblem.Code.UNCLOSED_QUOTE, recordLine);
                    }
                    if (c == '"') {
                        int d = read();
                        if (d == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            c = d;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n' || c == -1) {
                    if (c == '\r') {
                        int d = read();
                        if (d != '\n') {
                            unread(d);
                        }
                    }
                    if (c != -1) {
                        line++;
                    }
                    fields.add(field.toString());
                    return fields;
                } else {
                    field.append((char) c);
                }
                c = read();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        int c = nextChar();
        if (c == '\uFEFF' && line == 1 && recordLine == 0) {
            return nextChar();
        }
        return c;
    }

    private int nextChar() throws IOException {
        if (next == buffered) {
            buffered = in.read(buffer);
            next = 0;
            if (buffered <= 0) {
                buffered = 0;
                return -1;
            }
        }
        return buffer[next++];
    }

    private void unread(int c) {
        pending = c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
