package com.consortiumexplorer.explore;

import java.util.List;

/**
 * A validation failure of a mutation's input, reported in the payload rather than as a GraphQL error so
 * that clients can show it next to the field at fault.
 *
 * @param field path to the input field, e.g. {@code [input, founded]}
 * @param message what is wrong, in English
 * @param code machine-readable reason
 */
public record UserError(List<String> field, String message, Code code) {

    /** Why an input was refused. */
    public enum Code {
        REQUIRED,
        OUT_OF_RANGE,
        INVALID,
        NOT_FOUND,
        DUPLICATE,
        CONFLICT,
        HAS_HISTORY
    }
}
