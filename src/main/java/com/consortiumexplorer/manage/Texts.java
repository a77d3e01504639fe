package com.consortiumexplorer.manage;

/** How the forms turn what was typed into service input. */
final class Texts {

    private Texts() {}

    /** Null for an empty or blank entry (an absent value), else the text without surrounding spaces. */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
