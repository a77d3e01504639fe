package com.consortiumexplorer.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * An import input that can be read more than once (once to validate, once to write), streaming its rows in a
 * fixed order, nodes before relationships. Structural problems (unknown files or columns, broken syntax) go
 * to the problem consumer; the rows themselves are validated by the importer.
 */
abstract class ImportInput {

    private MessageDigest digest = newDigest();

    /** Opens a folder of CSV files, a single CSV file, a ZIP of CSV files or a JSON file. */
    static ImportInput open(Path source) {
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(source) || name.endsWith(".csv") || name.endsWith(".zip")) {
            return new CsvInput(source);
        }
        if (name.endsWith(".json")) {
            return new JsonInput(source);
        }
        throw new IllegalArgumentException(
                "Cannot import " + source + ": expected a folder, a .csv, a .zip or a .json file");
    }

    /** Reads every row in order. */
    abstract void read(Consumer<InputRow> rows, Consumer<ImportProblem> problems) throws IOException;

    /** Wraps a stream so that its bytes count towards the {@link #fingerprint()} of the input. */
    final InputStream digesting(InputStream in) {
        return new DigestInputStream(in, digest);
    }

    /** A SHA-256 over every byte read since the last call: identifies the input for checkpoints. */
    final String fingerprint() {
        String hex = HexFormat.of().formatHex(digest.digest());
        digest = newDigest();
        return hex;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
