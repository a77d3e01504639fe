package com.consortiumexplorer.ingest;

import com.consortiumexplorer.graph.EmbeddedNeo4j;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Generates realistic synthetic cities for scale tests and gap evaluation: the type mix of a real city
 * (mostly enterprises, a few colleges, institutes, associations, agencies and government bodies), industries
 * and majors from the national catalogues with their mappings, heavy-tailed partner counts, consortia with
 * councils and yearly joins and exits, multi-year flows of every kind, and a hidden collaboration model whose
 * unrealised pairs are the planted gaps. The same settings always give the same city.
 *
 * <p>Usable from tests and benchmarks: {@code generator.generate(GeneratorSettings.database(100_000, 42))}, or
 * without a database {@code CityGenerator.writeCsv(GeneratorSettings.csv(1_000, 7, folder))}.
 */
@Service
public class CityGenerator {

    /** How many planted gaps a report lists at most. */
    public static final int MAX_PLANTED_GAPS = 1000;

    private final GraphWriters writers;

    /** A generator that writes through the driver (an external Neo4j, or a benchmark's own connection). */
    public CityGenerator(Driver driver, ApplicationEventPublisher events) {
        this.writers = new GraphWriters(driver, null, events);
    }

    /** The application's generator: writes in-process when the application runs the embedded engine. */
    @Autowired
    CityGenerator(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded, ApplicationEventPublisher events) {
        this.writers = GraphWriters.of(driver, embedded.getIfAvailable(), events);
    }

    /** Generates a city where the settings say. */
    public GenerationReport generate(GeneratorSettings settings) {
        return generate(settings, rows -> {});
    }

    /**
     * Generates a city where the settings say, reporting the rows written so far.
     *
     * @param progress told the number of rows (nodes and relationships) written after every batch
     */
    public GenerationReport generate(GeneratorSettings settings, LongConsumer progress) {
        if (settings.output() == GeneratorSettings.Output.CSV) {
            return writeCsv(settings, progress);
        }
        return write(settings, writers.open(settings.batchSize(), null, 0, "generator", progress), rows -> {});
    }

    /** Writes a city as a folder of import-format CSV files; needs no database. */
    public static GenerationReport writeCsv(GeneratorSettings settings) {
        return writeCsv(settings, rows -> {});
    }

    private static GenerationReport writeCsv(GeneratorSettings settings, LongConsumer progress) {
        if (settings.output() != GeneratorSettings.Output.CSV) {
            throw new IllegalArgumentException("settings do not ask for CSV output");
        }
        return write(settings, new CsvFolder(settings.directory()), progress);
    }

    private static GenerationReport write(GeneratorSettings settings, GraphSink target, LongConsumer progress) {
        long started = System.nanoTime();
        Counting counting = new Counting(target, progress, settings.batchSize());
        var gaps = new SyntheticCity(settings, CityCatalogue.load()).write(counting);
        counting.close();
        return new GenerationReport(
                Map.copyOf(counting.nodes),
                Map.copyOf(counting.relationships),
                gaps,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Counts what passes into the target sink. */
    private static final class Counting implements GraphSink {
        private final GraphSink target;
        private final LongConsumer progress;
        private final int every;
        private final Map<String, Long> nodes = new TreeMap<>();
        private final Map<String, Long> relationships = new TreeMap<>();
        private long rows;

        Counting(GraphSink target, LongConsumer progress, int every) {
            this.target = target;
            this.progress = progress;
            this.every = every;
        }

        @Override
        public void node(NodeFile file, Object[] values) {
            nodes.merge(file.label(), 1L, Long::sum);
            target.node(file, values);
            tick();
        }

        @Override
        public void relationship(RelationshipFile file, String fromLabel, String toLabel, Object[] values) {
            relationships.merge(file.type(), 1L, Long::sum);
            target.relationship(file, fromLabel, toLabel, values);
            tick();
        }

        private void tick() {
            if (++rows % every == 0) {
                progress.accept(rows);
            }
        }

        @Override
        public void close() {
            target.close();
            progress.accept(rows);
        }
    }
}
