package com.consortiumexplorer.explore;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns what a person types into a Lucene query for the full-text index: every word must match, Latin words
 * also as prefixes (so results appear while typing), and Lucene's operators are escaped so that user text is
 * only ever text.
 */
final class LuceneQuery {

    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    private LuceneQuery() {}

    static String of(String text) {
        return Arrays.stream(text.strip().split("\\s+"))
                .map(LuceneQuery::escape)
                .filter(word -> !word.isEmpty())
                .map(word -> isLatin(word) ? "(" + word + " OR " + word + "*)" : "(" + word + ")")
                .collect(Collectors.joining(" AND "));
    }

    static String escape(String word) {
        StringBuilder escaped = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        // AND, OR and NOT in capitals are operators to Lucene; lower case keeps them plain words.
        String result = escaped.toString();
        return result.equals("AND") || result.equals("OR") || result.equals("NOT") ? result.toLowerCase() : result;
    }

    private static boolean isLatin(String word) {
        return word.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    }
}
