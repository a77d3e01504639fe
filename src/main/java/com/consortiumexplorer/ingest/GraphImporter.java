package com.consortiumexplorer.ingest;

import com.consortiumexplorer.graph.EmbeddedNeo4j;
import com.consortiumexplorer.ingest.ImportProblem.Code;
import com.consortiumexplorer.ingest.InputRow.Cell;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Imports CSV or JSON in two streaming passes. The first validates every row (required fields, types, enums,
 * ranges, references to unknown ids, duplicate ids) and writes nothing if any row is wrong; the report lists
 * every problem by file, line and column. The second writes in checkpointed batches: each batch is one
 * transaction that also records how far the input is written, so a crash leaves whole batches only and
 * running the same import again resumes right after the last one. Writes merge on ids and relationship keys,
 * so importing the same data twice leaves the graph unchanged. Bulk import is for administrators.
 */
@Service
public class GraphImporter {

    /** How many problems a report lists at most (all are counted). */
    public static final int MAX_PROBLEMS = 1000;

    private static final Set<String> CODE_LABELS = Set.of("Industry", "Major");

    private final Driver driver;
    private final GraphWriters writers;

    /** An importer that writes through the driver (an external Neo4j, or a test's own engine). */
    public GraphImporter(Driver driver, ApplicationEventPublisher events) {
        this(new GraphWriters(driver, null, events), driver);
    }

    /** The application's importer: writes in-process when the application runs the embedded engine. */
    @Autowired
    GraphImporter(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded, ApplicationEventPublisher events) {
        this(GraphWriters.of(driver, embedded.getIfAvailable(), events), driver);
    }

    /** An importer that writes with the given writers and reads (keys, checkpoints) through the driver. */
    GraphImporter(GraphWriters writers, Driver driver) {
        this.driver = driver;
        this.writers = writers;
    }

    /** Where an import is; told as it goes. */
    @FunctionalInterface
    public interface Progress {

        /**
         * @param phase {@code validating} or {@code writing}
         * @param done rows validated or written so far
         * @param total rows in the input, or -1 while still unknown
         */
        void update(String phase, long done, long total);
    }

    /**
     * Validates and imports a folder of CSV files, one CSV file, a ZIP of CSV files or a JSON file.
     *
     * @param batchSize rows per transaction
     * @param actor who imports (recorded in the graph-change events)
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportReport importData(Path source, int batchSize, String actor, Progress progress) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        long started = System.nanoTime();
        ImportInput input = ImportInput.open(source);
        Validation validation = new Validation(progress);
        validation.loadExistingKeys(driver);
        String fingerprint = validate(input, source, validation);
        if (validation.problemCount > 0) {
            return rejected(validation, started);
        }
        long resumeAt = checkpoint(fingerprint);
        long total = validation.rows;
        progress.update("writing", resumeAt, total);
        long[] written = new long[2];
        GraphSink writer =
                writers.open(batchSize, fingerprint, resumeAt, actor, done -> progress.update("writing", done, total));
        write(input, source, validation, writer, resumeAt, written);
        if (!fingerprint.equals(input.fingerprint())) {
            throw new IllegalStateException("The input changed while it was imported: " + source);
        }
        driver.executableQuery("MATCH (c:ImportCheckpoint {id: $id}) DELETE c")
                .withParameters(Map.of("id", fingerprint))
                .execute();
        return new ImportReport(
                ImportReport.Status.COMPLETED,
                total,
                written[0],
                written[1],
                resumeAt,
                List.of(),
                0,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Validates an input for a database that holds nothing yet and, when every row is valid, writes it into a new
     * store below the given Neo4j home folder with Neo4j's offline batch importer ({@link StoreBuilder}): all or
     * nothing, no transactions, no checkpoints. Rows are checked exactly as by {@link #importData}, without
     * existing keys to compare with, in a single pass: the input has every node before any relationship, so each
     * row is checked against all the rows before it as in the first pass of {@link #importData}, and a valid row
     * goes to the builder while later rows are still being read. The store is built in a folder of its own that
     * nothing reads; from the first problem on nothing more is fed, the rest of the input is still checked for
     * the report, and the half-built store is to be deleted.
     *
     * @param home an empty folder of its own; on success its {@code data} folder holds the store of the default
     *     database
     * @param timings told when the input was read and when the importer reached its stages
     * @return the report; {@code null} when the input repeats a relationship, which only the transactional
     *     writers merge (the half-built store is then to be deleted and the input imported as usual)
     */
    static ImportReport buildStore(Path source, Path home, Progress progress, BuildTimings timings) {
        long started = System.nanoTime();
        ImportInput input = ImportInput.open(source);
        Validation validation = new Validation(progress);
        long[] written = new long[2];
        StoreBuilder builder = new StoreBuilder(home, estimatedRows(source));
        try {
            input.read(
                    row -> {
                        Object[] values = validation.row(row);
                        if (validation.problemCount > 0) {
                            return;
                        }
                        validation.write(row, values, builder);
                        written[row.nodeFile() != null ? 0 : 1]++;
                    },
                    validation::problem);
            timings.read = System.nanoTime();
            if (validation.problemCount > 0) {
                builder.abort();
                return rejected(validation, started);
            }
            progress.update("writing", validation.rows, validation.rows);
            builder.close();
        } catch (StoreBuilder.RepeatedRelationship e) {
            builder.abort();
            return null;
        } catch (IOException e) {
            builder.abort();
            throw new UncheckedIOException("Cannot read " + source, e);
        } catch (RuntimeException e) {
            builder.abort();
            throw e;
        }
        timings.started = started;
        timings.store = builder.milestones();
        return new ImportReport(
                ImportReport.Status.COMPLETED,
                validation.rows,
                written[0],
                written[1],
                0,
                List.of(),
                0,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Moments ({@link System#nanoTime()}) of an offline import: it started reading, it had read and checked the
     * whole input, and when the importer reached its stages.
     */
    static final class BuildTimings {
        long started;
        long read;
        StoreBuilder.Milestones store;
    }

    /**
     * Rows the input probably holds, for the importer's memory estimates: import-format rows take some 60 bytes
     * each (the 100,000-organization city: 74 MB for 1.14 million rows).
     */
    private static long estimatedRows(Path source) {
        try (var files = Files.walk(source)) {
            long bytes = files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
            return Math.max(10_000, bytes / 60);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
    }

    /** The first pass: validates every row; returns the fingerprint of the input. */
    private static String validate(ImportInput input, Path source, Validation validation) {
        try {
            input.read(validation::row, validation::problem);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
        return input.fingerprint();
    }

    private static ImportReport rejected(Validation validation, long started) {
        return new ImportReport(
                ImportReport.Status.REJECTED,
                validation.rows,
                0,
                0,
                0,
                List.copyOf(validation.problems),
                validation.problemCount,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The second pass: writes the rows after the first {@code skip} (written by an interrupted earlier run) into
     * the sink, counting nodes and relationships in {@code written}. The sink is closed, which writes what it
     * still buffers.
     */
    private static void write(
            ImportInput input, Path source, Validation validation, GraphSink sink, long skip, long[] written) {
        long[] index = {0};
        try (sink) {
            input.read(
                    row -> {
                        if (index[0]++ < skip) {
                            return;
                        }
                        validation.write(row, sink);
                        written[row.nodeFile() != null ? 0 : 1]++;
                    },
                    problem -> {
                        throw new IllegalStateException("The input changed while it was imported: " + problem);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
    }

    /** Rows of this input that an interrupted earlier run already wrote. */
    long checkpoint(String fingerprint) {
        List<Record> records = driver.executableQuery("MATCH (c:ImportCheckpoint {id: $id}) RETURN c.position AS p")
                .withParameters(Map.of("id", fingerprint))
                .execute()
                .records();
        return records.isEmpty() ? 0 : records.getFirst().get("p").asLong();
    }

    private static String article(String label) {
        return ("AEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    /** The first pass: checks every row and remembers the label of every id for the second. */
    private static final class Validation {
        private final Progress progress;
        private final Map<String, String> labels = new HashMap<>();
        private final Map<String, String> codes = new HashMap<>();
        private final Map<String, Place> firstSeen = new HashMap<>();
        private final Map<RelationshipFile, List<Column>> columns = new IdentityHashMap<>();
        private final List<ImportProblem> problems = new ArrayList<>();
        private long problemCount;
        private long rows;

        Validation(Progress progress) {
            this.progress = progress;
        }

        void loadExistingKeys(Driver driver) {
            driver.executableQuery("""
                            MATCH (n) WHERE n:Organization OR n:Consortium OR n:Program OR n:Project OR n:Policy
                            RETURN n.id AS key, [l IN labels(n) WHERE l <> 'Organization'][0] AS label
                            """)
                    .execute()
                    .records()
                    .forEach(r -> labels.put(
                            r.get("key").asString(), intern(r.get("label").asString())));
            driver.executableQuery("""
                            MATCH (n) WHERE n:Industry OR n:Major
                            RETURN n.code AS key, CASE WHEN n:Industry THEN 'Industry' ELSE 'Major' END AS label
                            """)
                    .execute()
                    .records()
                    .forEach(r -> codes.put(
                            r.get("key").asString(), intern(r.get("label").asString())));
        }

        void problem(ImportProblem problem) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(problem);
            }
            problemCount++;
        }

        private void problem(InputRow row, Cell cell, Code code, Object... arguments) {
            problem(ImportProblem.of(row.file(), cell.line(), cell.column(), code, arguments));
        }

        /** Checks a row, counting its problems; returns its values (valid only when no problem was counted). */
        Object[] row(InputRow row) {
            if (++rows % 10_000 == 0) {
                progress.update("validating", rows, -1);
            }
            List<Column> columns = columnsOf(row);
            Object[] values = new Object[columns.size()];
            boolean valid = true;
            for (int c = 0; c < values.length; c++) {
                try {
                    values[c] = columns.get(c).parse(row.cells()[c].text());
                } catch (ImportProblem.Invalid e) {
                    problem(e.at(row.file(), row.cells()[c].line(), row.cells()[c].column()));
                    valid = false;
                }
            }
            if (row.nodeFile() != null) {
                if (values[0] != null) {
                    checkKey(row, (String) values[0]);
                }
            } else if (valid) {
                endpoint(row, 0, row.relationshipFile().fromLabels());
                endpoint(row, 1, row.relationshipFile().toLabels());
            }
            return values;
        }

        private void checkKey(InputRow row, String key) {
            NodeFile file = row.nodeFile();
            boolean coded = CODE_LABELS.contains(file.label());
            String seenKey = (coded ? file.label() + ":" : "") + key;
            Place seen = firstSeen.putIfAbsent(seenKey, new Place(row.file(), row.line()));
            Cell cell = row.cells()[0];
            if (seen != null) {
                problem(row, cell, Code.DUPLICATE_KEY, file.key().name(), key, seen.file(), seen.line());
                return;
            }
            Map<String, String> keys = coded ? codes : labels;
            String existing = keys.get(key);
            if (existing != null && !existing.equals(file.label())) {
                problem(
                        row,
                        cell,
                        Code.KEY_OF_OTHER_LABEL,
                        key,
                        article(existing),
                        article(file.label()),
                        existing,
                        file.label());
                return;
            }
            keys.put(key, intern(file.label()));
        }

        private void endpoint(InputRow row, int index, Set<String> allowed) {
            String key = row.cells()[index].text();
            String label = lookUp(allowed, key);
            String column = index == 0 ? RelationshipFile.FROM : RelationshipFile.TO;
            if (label == null) {
                problem(row, row.cells()[index], Code.UNKNOWN_ID, key, column);
            } else if (!allowed.contains(label)) {
                List<String> kinds = allowed.stream().sorted().toList();
                // English reads "a College or an Enterprise"; other languages name the labels as they are.
                problem(
                        row,
                        row.cells()[index],
                        Code.WRONG_ENDPOINT,
                        column,
                        row.relationshipFile().type(),
                        String.join(
                                " or ",
                                kinds.stream().map(GraphImporter::article).toList()),
                        key,
                        article(label),
                        String.join(" / ", kinds),
                        label);
            }
        }

        private String lookUp(Set<String> allowed, String key) {
            boolean coded = !Collections.disjoint(allowed, CODE_LABELS);
            return (coded ? codes : labels).get(key);
        }

        /** Where a key was first seen, for the problem of its duplicate. */
        private record Place(String file, int line) {}

        /** The columns of the row's file, built once per file rather than once per row. */
        private List<Column> columnsOf(InputRow row) {
            return row.nodeFile() != null
                    ? row.nodeFile().columns()
                    : columns.computeIfAbsent(row.relationshipFile(), RelationshipFile::columns);
        }

        /** The second pass: the row is known to be valid. */
        void write(InputRow row, GraphSink sink) {
            List<Column> columns = columnsOf(row);
            Object[] values = new Object[columns.size()];
            for (int c = 0; c < values.length; c++) {
                values[c] = columns.get(c).parse(row.cells()[c].text());
            }
            write(row, values, sink);
        }

        /** Writes a valid row whose values are parsed already. */
        void write(InputRow row, Object[] values, GraphSink sink) {
            if (row.nodeFile() != null) {
                sink.node(row.nodeFile(), values);
            } else {
                RelationshipFile file = row.relationshipFile();
                sink.relationship(
                        file,
                        lookUp(file.fromLabels(), (String) values[0]),
                        lookUp(file.toLabels(), (String) values[1]),
                        values);
            }
        }

        private static String intern(String label) {
            return label.intern();
        }
    }
}
