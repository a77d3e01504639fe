package com.consortiumexplorer.ingest;

import java.util.Locale;

/** The formats export writes. */
public enum ExportFormat {
    /** The lossless JSON document that import reads back. */
    JSON("application/json", "json"),
    /** The import-format CSV files, zipped when sent over HTTP. */
    CSV("application/zip", "zip"),
    /** GraphML with typed attribute keys, for Gephi and Cytoscape. */
    GRAPHML("application/graphml+xml", "graphml");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format with this name, in any case; a clear error for any other. */
    public static ExportFormat of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("format must be json, csv or graphml, not '" + name + "'");
        }
    }
}
