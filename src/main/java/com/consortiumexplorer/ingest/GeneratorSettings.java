package com.consortiumexplorer.ingest;

import java.nio.file.Path;

/**
 * What {@link CityGenerator} makes and where it puts it.
 *
 * @param organizations number of organizations (at least {@value #MIN_ORGANIZATIONS}); about ten relationships
 *     are made per organization
 * @param seed the random seed: the same seed and size give the same city
 * @param output straight into the database, or as a folder of import-format CSV files
 * @param directory the CSV folder (for {@link Output#CSV})
 * @param idPrefix prefix of every generated id, so that several cities (or a city and other data) can share a
 *     database
 * @param batchSize rows per transaction when writing to the database
 */
public record GeneratorSettings(
        int organizations, long seed, Output output, Path directory, String idPrefix, int batchSize) {

    /** The smallest city the generator makes. */
    public static final int MIN_ORGANIZATIONS = 50;

    /** Default rows per transaction. */
    public static final int DEFAULT_BATCH_SIZE = 20_000;

    /** Where the generated city goes. */
    public enum Output {
        /** Straight into the database through the driver. */
        DATABASE,
        /** As a folder of import-format CSV files. */
        CSV
    }

    public GeneratorSettings {
        if (organizations < MIN_ORGANIZATIONS) {
            throw new IllegalArgumentException("organizations must be at least " + MIN_ORGANIZATIONS);
        }
        if (output == Output.CSV && directory == null) {
            throw new IllegalArgumentException("a CSV city needs an output folder");
        }
        if (idPrefix == null || !idPrefix.matches("[A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("idPrefix may hold only letters, digits, '-' and '_'");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
    }

    /** A city written straight into the database, ids prefixed with {@code syn-}. */
    public static GeneratorSettings database(int organizations, long seed) {
        return new GeneratorSettings(organizations, seed, Output.DATABASE, null, "syn-", DEFAULT_BATCH_SIZE);
    }

    /** A city written as import-format CSV files into {@code directory}. */
    public static GeneratorSettings csv(int organizations, long seed, Path directory) {
        return new GeneratorSettings(organizations, seed, Output.CSV, directory, "syn-", DEFAULT_BATCH_SIZE);
    }

    /** The same settings with another id prefix. */
    public GeneratorSettings withIdPrefix(String prefix) {
        return new GeneratorSettings(organizations, seed, output, directory, prefix, batchSize);
    }
}
