package com.consortiumexplorer.ingest;

/**
 * One problem found while validating an import, pointing at the exact place in the input.
 *
 * @param file the file name (for a JSON import: the JSON file)
 * @param line the 1-based line, 0 when the problem concerns the whole file
 * @param column the 1-based column (the field number in CSV, the character in JSON), 0 when none applies
 * @param message what is wrong, in plain words
 */
public record ImportProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
