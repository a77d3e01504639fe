package com.consortiumexplorer.explore;

import java.time.Instant;

/**
 * A picture of the explorer kept under a name: the drawn elements with their positions, the filters, the
 * layout and the selection, as the canvas reported them.
 *
 * @param id stable id, used in the shareable URL
 * @param name the name a user gave it
 * @param state the canvas state as JSON
 * @param savedBy who saved it
 * @param savedAt when
 */
public record SavedView(String id, String name, String state, String savedBy, Instant savedAt) {}
