package com.consortiumexplorer.explore;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the validation failures of one mutation input, each against the input field at fault. */
public final class Checks {

    /** Earliest year the API accepts for ties, flows, demands and programs. */
    public static final int FIRST_YEAR = 1949;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");
    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");
    private static final int MAX_TEXT = 2000;

    private final List<UserError> errors = new ArrayList<>();

    /** The current year plus some years ahead, the latest year the API accepts in most places. */
    public static int yearsAhead(int years) {
        return Year.now().getValue() + years;
    }

    /** Records a failure. */
    public Checks fail(String field, String message, UserError.Code code) {
        errors.add(new UserError(List.of("input", field), message, code));
        return this;
    }

    /** A value that must be present (and, for text, not blank). */
    public Checks required(String field, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            fail(field, field + " is required", UserError.Code.REQUIRED);
        }
        return this;
    }

    /** Text no longer than the API stores. */
    public Checks text(String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            fail(field, field + " is longer than " + MAX_TEXT + " characters", UserError.Code.OUT_OF_RANGE);
        }
        return this;
    }

    /** A number within [min, max] when present. */
    public Checks range(String field, Number value, long min, long max) {
        if (value != null && (value.longValue() < min || value.longValue() > max)) {
            fail(
                    field,
                    field + " must be between " + min + " and " + max + ", was " + value,
                    UserError.Code.OUT_OF_RANGE);
        }
        return this;
    }

    /** A number that is zero or more when present. */
    public Checks nonNegative(String field, Number value) {
        return range(field, value, 0, Long.MAX_VALUE);
    }

    /** An id a client chose: lower-case letters, digits and dashes, 2 to 80 characters. */
    public Checks id(String field, String value) {
        if (value != null && !ID.matcher(value).matches()) {
            fail(
                    field,
                    field + " must be 2 to 80 lower-case letters, digits or dashes, was " + value,
                    UserError.Code.INVALID);
        }
        return this;
    }

    /** A six-digit administrative division code when present. */
    public Checks regionCode(String field, String value) {
        if (value != null && !REGION_CODE.matcher(value).matches()) {
            fail(field, field + " must be six digits, was " + value, UserError.Code.INVALID);
        }
        return this;
    }

    /** Whether nothing failed. */
    public boolean ok() {
        return errors.isEmpty();
    }

    /** The failures so far. */
    public List<UserError> errors() {
        return List.copyOf(errors);
    }
}
